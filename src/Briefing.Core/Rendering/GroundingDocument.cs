using Briefing.Briefings;
using Briefing.Grounding;

namespace Briefing.Rendering;

/// <summary>The JSON shape of a grounding check: verdict, what it covers, content-word precision and the unsupported items.</summary>
/// <remarks><c>checked</c> and <c>not_checked</c> travel with every verdict so no reader takes "grounded" for "true".</remarks>
internal sealed record GroundingDocument(
    string Verdict,
    IReadOnlyList<string> Checked,
    IReadOnlyList<string> NotChecked,
    double ContentPrecision,
    IReadOnlyList<GroundingDocument.ItemDocument> Unsupported,
    string? Action,
    IReadOnlyList<GroundingDocument.ItemDocument> Rejected)
{
    public static GroundingDocument? From(GroundingReport? report) => report is null
        ? null
        : new GroundingDocument(
            report.Verdict == GroundingVerdict.Grounded ? "grounded" : "unsupported",
            GroundingCoverage.Checked,
            GroundingCoverage.NotChecked,
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
