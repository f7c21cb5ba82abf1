using Briefing.Rendering;

namespace Briefing.Stories;

/// <summary>Picks a story's headline: the title of the first article that has one (members come in publication order), else the briefing's opening words.</summary>
/// <remarks>A file name ("cape-verde-music.txt") tells a reader nothing, so it is never used.</remarks>
internal static class StoryHeadline
{
    private const int FallbackWords = 12;

    public static string For(IReadOnlyList<StoryMember> members, BriefingDocument briefing)
    {
        if (members.Select(m => m.Briefing.Title ?? m.Text?.Title).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t)) is { } title)
        {
            return title.Trim();
        }

        var words = briefing.Briefing.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return "Untitled article";
        }

        var opening = string.Join(' ', words.Take(FallbackWords)).TrimEnd('.', ',', ';', ':');
        return words.Length > FallbackWords ? opening + "…" : opening;
    }
}
