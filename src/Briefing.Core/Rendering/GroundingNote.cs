using Briefing.Briefings;

namespace Briefing.Rendering;

/// <summary>The reader-facing sentence about items of a briefing that the article does not contain.</summary>
internal static class GroundingNote
{
    public static string? For(BriefingResult result) =>
        result.Grounding is { Unsupported.Count: > 0 } report
            ? "not found in the article: " + string.Join("; ", report.Unsupported.Select(u => u.Describe())) + "."
            : null;
}
