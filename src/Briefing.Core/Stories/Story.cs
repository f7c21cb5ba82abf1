using Briefing.Rendering;
using Briefing.State;

namespace Briefing.Stories;

/// <summary>One event as the digest tells it: its articles, one briefing for all of them, and whether it continues a story briefed before.</summary>
/// <param name="Id">Stable id in the state store; an update keeps the id of the story it continues.</param>
/// <param name="Headline">A readable headline: an article's title, else the briefing's opening words; never a file name.</param>
/// <param name="Members">Its articles, in the order they were grouped.</param>
/// <param name="Briefing">The story briefing (for one article, that article's briefing).</param>
/// <param name="UpdateOf">The earlier story this one continues, or null for a new story.</param>
/// <param name="BriefingNote">Why the story shows an article's briefing rather than one written from all of them, or null.</param>
internal sealed record Story(string Id, string Headline, IReadOnlyList<StoryMember> Members, BriefingDocument Briefing, StoredStory? UpdateOf, string? BriefingNote = null)
{
    /// <summary>Distinct sources that carry the story.</summary>
    public int Coverage => Members.Select(m => m.Outlet).Distinct(StringComparer.OrdinalIgnoreCase).Count();

    /// <summary>The newest publication (or briefing) time among its articles.</summary>
    public DateTimeOffset Latest => Members.Max(m => m.Briefing.PublishedAt ?? m.Briefing.GeneratedAt);

    /// <summary>The newest publication time among its articles, or null when none says when it was published.</summary>
    public DateTimeOffset? Published => Members.Max(m => m.Briefing.PublishedAt);
}
