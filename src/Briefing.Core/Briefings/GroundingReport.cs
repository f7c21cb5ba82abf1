namespace Briefing.Briefings;

/// <summary>The result of checking a briefing against its article.</summary>
/// <param name="Verdict">Grounded when nothing is unsupported.</param>
/// <param name="ContentPrecision">Share of the briefing's content words (stemmed) that occur in the article, 0 to 1.</param>
/// <param name="Unsupported">Numbers, names and quotations of this briefing that the article does not contain.</param>
/// <param name="Action">What was done about unsupported items ("warned", "retried once ...", "fell back ..."); null when nothing was needed.</param>
internal sealed record GroundingReport(
    GroundingVerdict Verdict,
    double ContentPrecision,
    IReadOnlyList<UnsupportedItem> Unsupported,
    string? Action = null)
{
    /// <summary>Items of a model's briefing that was replaced by the extractive fallback.</summary>
    public IReadOnlyList<UnsupportedItem> Rejected { get; init; } = [];
}
