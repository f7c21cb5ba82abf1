using System.Net;
using System.Text.RegularExpressions;
using Markdig;

namespace Briefing.Delivery.Sending;

/// <summary>Reads a digest back from its files (NAME.html, NAME.md and NAME.txt if there is one) to send it as it was written.</summary>
/// <remarks>
/// Delivery reads the files, never the renderer: what staff receive is what is on disk, and a digest written by an
/// older or newer renderer is sent the same way. Missing a text version, one is derived from the Markdown.
/// </remarks>
internal sealed partial class DigestContentReader
{
    /// <summary>Reads the digest <paramref name="name"/> in <paramref name="folder"/>; throws <see cref="DeliveryException"/> if neither file is there.</summary>
    public async Task<DigestContent> ReadAsync(string folder, string name, int? articles, int? failures, CancellationToken cancellationToken)
    {
        var html = await ReadIfPresentAsync(Path.Combine(folder, name + ".html"), cancellationToken);
        var markdown = await ReadIfPresentAsync(Path.Combine(folder, name + ".md"), cancellationToken);
        var text = await ReadIfPresentAsync(Path.Combine(folder, name + ".txt"), cancellationToken);
        if (html is null && markdown is null)
        {
            throw new DeliveryException($"The digest files {Path.Combine(folder, name)}.html and .md are gone, so there is nothing to send.");
        }

        markdown ??= string.Empty;
        html ??= Markdown.ToHtml(markdown);
        var title = TitleElement().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value).Trim() : HumanTitle(name);
        return new DigestContent(name, title, html, markdown, text ?? TextOf(markdown), articles, failures, LinksIn(markdown + "\n" + html));
    }

    /// <summary>A plain-text reading of the Markdown: in-page links become their text, other links keep their address.</summary>
    public static string TextOf(string markdown)
    {
        var text = InPageLink().Replace(markdown, "$1");
        text = WebLink().Replace(text, "$1 <$2>");
        return Emphasis().Replace(text, "$1").Trim() + "\n";
    }

    private static List<Uri> LinksIn(string text) =>
        LinkTarget().Matches(text)
            .Select(m => Uri.TryCreate(WebUtility.HtmlDecode(m.Groups[1].Value), UriKind.Absolute, out var uri) ? uri : null)
            .OfType<Uri>()
            .DistinctBy(u => u.AbsoluteUri)
            .ToList();

    private static string HumanTitle(string name) => "Briefing " + name.Replace('-', ' ');

    private static async Task<string?> ReadIfPresentAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return await File.ReadAllTextAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"<title>([^<]*)</title>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TitleElement();

    [GeneratedRegex(@"\[([^\]\n]*)\]\(#[^)\s]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex InPageLink();

    [GeneratedRegex(@"\[([^\]\n]*)\]\((https?://[^)\s]+)\)", RegexOptions.CultureInvariant)]
    private static partial Regex WebLink();

    [GeneratedRegex(@"\*\*([^*\n]+)\*\*", RegexOptions.CultureInvariant)]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"(?:\]\(|href=""|<)(https?://[^)\s""<>]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkTarget();
}
