using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Briefing.Evaluation;

/// <summary>Writes an <see cref="EvalReport"/> as Markdown for people and as JSON for scripts.</summary>
internal sealed class EvalReportWriter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public string ToJson(EvalReport report) => JsonSerializer.Serialize(report, Json) + "\n";

    public string ToMarkdown(EvalReport report)
    {
        var md = new StringBuilder();
        md.AppendLine("# Evaluation").AppendLine();
        md.Append(CultureInfo.InvariantCulture, $"- Dataset: `{report.Dataset}` ({report.Cases} cases, {report.Failed} failed)").AppendLine();
        var engine = report.Engine.Length == 0 ? "unknown: no case produced a briefing" : $"{report.Engine} ({report.Model})";
        md.Append(CultureInfo.InvariantCulture, $"- Engine: {engine}, length {report.Length}").AppendLine();
        var scored = report.Scored == SummaryTarget.KeyPoints ? "key points, one a line" : "briefing paragraph, one sentence a line";
        md.Append(CultureInfo.InvariantCulture, $"- Scored: {scored}; ROUGE F ×100 as rouge-score computes it (stemming on), mean over cases").AppendLine().AppendLine();

        md.AppendLine("| | ROUGE-1 | ROUGE-2 | ROUGE-L | ROUGE-Lsum | Words |").AppendLine("|---|---:|---:|---:|---:|---:|");
        Row(md, "Briefing", report.System);
        Row(md, report.Failed == 0 ? "Lead-3" : string.Create(CultureInfo.InvariantCulture, $"Lead-3 (same {report.Cases - report.Failed} case{(report.Cases - report.Failed == 1 ? string.Empty : "s")})"), report.Lead3);
        md.Append(CultureInfo.InvariantCulture,
            $"| Difference | {report.System.Rouge1 - report.Lead3.Rouge1:+0.00;-0.00} | {report.System.Rouge2 - report.Lead3.Rouge2:+0.00;-0.00} | {report.System.RougeL - report.Lead3.RougeL:+0.00;-0.00} | {report.System.RougeLsum - report.Lead3.RougeLsum:+0.00;-0.00} | |").AppendLine().AppendLine();

        if (report.FailedCases.Count > 0)
        {
            md.Append(CultureInfo.InvariantCulture, $"## Failed cases ({report.FailedCases.Count} of {report.Cases}: not scored, left out of both rows above)").AppendLine().AppendLine();
            md.AppendLine("| Case | Reason |").AppendLine("|---|---|");
            foreach (var failed in report.FailedCases)
            {
                md.Append(CultureInfo.InvariantCulture, $"| {Cell(failed.Id)} | {Cell(failed.Error ?? "no briefing")} |").AppendLine();
            }

            md.AppendLine();
        }

        Readability(md, report.Readability);

        md.AppendLine("## Grounding").AppendLine();
        md.Append(CultureInfo.InvariantCulture, $"- Briefings with every number, name and quotation found in the article: {report.GroundedPercent:0.0}%").AppendLine();
        md.Append(CultureInfo.InvariantCulture, $"- Unsupported items per briefing: {report.UnsupportedPerBriefing:0.###}").AppendLine();
        md.Append(CultureInfo.InvariantCulture, $"- Content-word precision against the article: {report.MeanContentPrecision:0.0000}").AppendLine().AppendLine();

        md.AppendLine("## Time").AppendLine();
        md.Append(CultureInfo.InvariantCulture, $"- Total {report.TotalSeconds:0.00} s, {report.SecondsPerCase:0.000} s per case").AppendLine().AppendLine();

        md.AppendLine("## Tokens").AppendLine();
        md.AppendLine(Tokens(report)).AppendLine();

        md.AppendLine("## Worst cases").AppendLine();
        md.AppendLine("| Case | ROUGE-1 | ROUGE-2 | ROUGE-Lsum | Lead-3 ROUGE-1 | Note |").AppendLine("|---|---:|---:|---:|---:|---|");
        foreach (var worst in report.Worst)
        {
            var s = worst.Scores;
            var note = worst.Error ?? (worst.Unsupported.Count > 0 ? string.Join("; ", worst.Unsupported) : string.Empty);
            md.Append(CultureInfo.InvariantCulture,
                $"| {Cell(worst.Id)} | {F(s?.Rouge1.F)} | {F(s?.Rouge2.F)} | {F(s?.RougeLsum.F)} | {F(worst.Lead.Rouge1.F)} | {Cell(note)} |").AppendLine();
        }

        return md.ToString();
    }

    private static void Readability(StringBuilder md, ReadabilityTally? tally)
    {
        if (tally is null)
        {
            return;
        }

        md.AppendLine("## Readability").AppendLine();
        md.Append(CultureInfo.InvariantCulture, $"Defects a reader trips over, per 100 briefings ({tally.Briefings} briefings; target at most {ReadabilityTally.TargetPerHundred:0} of each):").AppendLine().AppendLine();
        md.AppendLine("| Defect | Count | Per 100 |").AppendLine("|---|---:|---:|");
        foreach (var (kind, count) in tally.Counts)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {kind.Replace('_', ' ')} | {count} | {tally.PerHundred[kind]:0.0} |").AppendLine();
        }

        md.AppendLine();
    }

    private static string Tokens(EvalReport report)
    {
        if (report.Usage is not { } usage)
        {
            return "- None: no model was called.";
        }

        var perCase = report.Cases == 0 ? 0 : (double)usage.TotalTokens / report.Cases;
        var estimated = usage.Estimated ? " (counted locally: the provider reported none)" : string.Empty;
        var cost = usage.CostUsd is { } usd ? string.Create(CultureInfo.InvariantCulture, $"; cost {usd:0.0000} USD") : string.Empty;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"- {usage.PromptTokens:N0} prompt + {usage.CompletionTokens:N0} completion tokens in {usage.ModelCalls:N0} model calls, {perCase:N0} per case{estimated}{cost}");
    }

    private static void Row(StringBuilder md, string name, EvalMeans means) =>
        md.Append(CultureInfo.InvariantCulture, $"| {name} | {means.Rouge1:0.00} | {means.Rouge2:0.00} | {means.RougeL:0.00} | {means.RougeLsum:0.00} | {means.Words:0.0} |").AppendLine();

    private static string Cell(string text) => text.ReplaceLineEndings(" ").Replace("|", "\\|", StringComparison.Ordinal);

    private static string F(double? value) => value is { } v ? (v * 100).ToString("0.00", CultureInfo.InvariantCulture) : "–";
}
