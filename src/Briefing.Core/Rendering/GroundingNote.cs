using Briefing.Briefings;
using Briefing.Grounding;

namespace Briefing.Rendering;

/// <summary>The reader-facing sentence about the grounding check: what it found missing, and what it covers at all.</summary>
internal static class GroundingNote
{
    public static string? For(BriefingResult result) => result.Grounding switch
    {
        null => null,
        { Unsupported.Count: > 0 } report =>
            "not found in the article: " + string.Join("; ", report.Unsupported.Select(u => u.Describe())) + ". " + Coverage,
        _ => $"every number, name and quote was found in the article; not checked: {string.Join(", ", GroundingCoverage.NotChecked)}.",
    };

    private static string Coverage => string.Concat(GroundingCoverage.Summary[..1].ToUpperInvariant(), GroundingCoverage.Summary[1..], ".");
}
