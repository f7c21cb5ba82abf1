using Briefing.Grounding;

namespace Briefing.Rendering;

/// <summary>The JSON shape of a grounding check: verdict, content-word precision and the unsupported items.</summary>
public sealed record GroundingDocument(
    string Verdict,
    double ContentPrecision,
    IReadOnlyList<GroundingDocument.ItemDocument> Unsupported,
    string? Action,
    IReadOnlyList<GroundingDocument.ItemDocument> Rejected)
{
    public static GroundingDocument? From(GroundingReport? report) => report is null
        ? null
        : new GroundingDocument(
            report.Verdict == GroundingVerdict.Grounded ? "grounded" : "unsupported",
            report.ContentPrecision,
            report.Unsupported.Select(ItemDocument.From).ToList(),
            report.Action,
            report.Rejected.Select(ItemDocument.From).ToList());

    /// <summary>One number, name or quotation not found in the article, and where the briefing states it.</summary>
    public sealed record ItemDocument(string Kind, string Text, string Location)
    {
        public static ItemDocument From(UnsupportedItem item) => new(item.Kind.ToString().ToLowerInvariant(), item.Text, item.Location);
    }
}
