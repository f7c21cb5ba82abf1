using System.Collections.Frozen;
using Briefing.Text;

namespace Briefing.Stories;

/// <summary>Orders stories most important first: by how many distinct sources carry them, then by what they report, then by recency.</summary>
/// <remarks>
/// Coverage is the editors' own vote: an event several outlets chose to report matters more than one only one did.
/// Between equal coverage, a story that reports deaths, disasters, courts, elections or money at scale outranks one that
/// does not (a count of such words in its briefing, capped so one long briefing cannot win on length), then the newer one.
/// </remarks>
internal sealed class StoryRanker(WordTokenizer tokenizer)
{
    private const int ImportanceCap = 3;

    private static readonly FrozenSet<string> Weighty = new[]
    {
        "killed", "dead", "died", "death", "deaths", "injured", "wounded", "hurt", "shooting", "attack", "attacks", "war", "crash",
        "fire", "flood", "earthquake", "storm", "explosion", "evacuated", "rescue", "hostages", "arrested", "charged", "court",
        "sentenced", "trial", "election", "vote", "parliament", "president", "minister", "government", "law", "ban", "sanctions",
        "billion", "million", "crisis", "emergency", "strike", "resigned", "resignation", "missile", "troops", "ceasefire",
    }.ToFrozenSet(StringComparer.Ordinal);

    public IReadOnlyList<Story> Rank(IEnumerable<Story> stories) => stories
        .OrderByDescending(s => s.Coverage)
        .ThenByDescending(Importance)
        .ThenByDescending(s => s.Latest)
        .ThenBy(s => s.Headline, StringComparer.Ordinal)
        .ToList();

    /// <summary>How many of the weighty words the story's briefing uses, at most <see cref="ImportanceCap"/>.</summary>
    public int Importance(Story story) =>
        Math.Min(ImportanceCap, tokenizer.ContentWords(string.Join(' ', [story.Headline, story.Briefing.Briefing, .. story.Briefing.KeyPoints]))
            .Where(Weighty.Contains).Distinct(StringComparer.Ordinal).Count());
}
