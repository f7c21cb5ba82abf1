using Briefing.Rendering;
using Briefing.State;

namespace Briefing.Stories;

/// <summary>One briefed article on its way into a story: its briefing files' stem, its briefing and, when remembered, its text.</summary>
internal sealed record StoryMember(string Stem, BriefingDocument Briefing, StoredArticleText? Text)
{
    /// <summary>What the grouping reads: the remembered text, else (for an article briefed before texts were kept) its briefing.</summary>
    public StoryCandidate Candidate => new(
        Text?.Title ?? Briefing.Title,
        Text?.Body ?? string.Join("\n\n", [Briefing.Briefing, .. Briefing.KeyPoints]),
        Text?.PublishedAt ?? Briefing.PublishedAt);

    /// <summary>The page URL of a feed item, or null for an inbox file (whose <see cref="BriefingDocument.Source"/> is its name).</summary>
    public Uri? Link => Uri.TryCreate(Briefing.Source, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri : null;

    /// <summary>Who published it, for counting distinct sources: the web site (with its port when not the default), or the inbox file.</summary>
    public string Outlet
    {
        get
        {
            if (Link is not { } link)
            {
                return Briefing.Source;
            }

            var host = link.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? link.Host[4..] : link.Host;
            return link.IsDefaultPort ? host : $"{host}:{link.Port}";
        }
    }
}
