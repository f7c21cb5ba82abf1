using Briefing.Stories;

namespace Briefing.Evaluation;

/// <summary>Groups a labelled set's articles and scores the grouping beside one story per article and plain TF-IDF clustering.</summary>
internal sealed class StoryEvalRunner(StoryGrouper grouper, TfIdfBaseline baseline)
{
    public StoryEvalReport Run(string dataset, IReadOnlyList<StoryEvalCase> cases)
    {
        var articles = cases.Select(c => c.Article).ToList();
        var labels = cases.Select(c => c.Event).ToList();
        var groups = grouper.Group(articles);
        var singletons = Enumerable.Range(0, cases.Count).Select(i => (IReadOnlyList<int>)[i]).ToList();
        return new StoryEvalReport(
            dataset,
            cases.Count,
            labels.Distinct(StringComparer.Ordinal).Count(),
            groups.Count,
            ClusterScores.Of(labels, groups),
            ClusterScores.Of(labels, singletons),
            ClusterScores.Of(labels, baseline.Group(articles)));
    }

    public static string ToMarkdown(StoryEvalReport report)
    {
        static string Row(string name, ClusterScores s) =>
            FormattableString.Invariant($"| {name} | {s.Precision:0.000} | {s.Recall:0.000} | {s.F1:0.000} | {s.AdjustedRand:0.000} |");

        return string.Join('\n',
            $"# Story grouping: {report.Dataset}",
            string.Empty,
            $"{report.Articles} articles, {report.Events} labelled events, {report.Stories} stories found.",
            string.Empty,
            "| Grouping | B-cubed precision | B-cubed recall | B-cubed F1 | Adjusted Rand |",
            "|---|---:|---:|---:|---:|",
            Row("Briefing stories", report.Grouping),
            Row("One story per article", report.Singletons),
            Row(FormattableString.Invariant($"TF-IDF average link ({TfIdfBaseline.Threshold:0.00})"), report.TfIdf),
            string.Empty);
    }
}
