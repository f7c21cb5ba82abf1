using System.Globalization;
using System.Text;
using System.Text.Json;
using Briefing.Articles;
using Briefing.Briefings;
using Briefing.Pipeline;
using Briefing.Stories;
using Briefing.Text;

namespace Briefing.Evaluation;

/// <summary>Briefs each labelled topic as one story and scores it with ROUGE against human summaries, beside the briefing
/// of the topic's first article alone: the briefing staff would have read without stories.</summary>
/// <remarks>Both sides use the same engine and settings; briefing paragraph and key points are scored together, one sentence a line.</remarks>
internal sealed class StoryBriefingEvalRunner(StoryBriefer briefer, BriefingPipeline pipeline, RougeScorer scorer, SentenceSplitter splitter)
{
    public async Task<StoryBriefingEvalReport> RunAsync(
        string dataset, IReadOnlyList<StoryEvalCase> articles, IReadOnlyDictionary<string, IReadOnlyList<string>> summaries, BriefingSettings settings, CancellationToken cancellationToken)
    {
        var topics = new List<StoryBriefingEvalReport.Topic>();
        foreach (var topic in articles.GroupBy(a => a.Event, StringComparer.Ordinal).Where(t => summaries.ContainsKey(t.Key)).OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var reports = topic.Select(Report).ToList();
            var references = summaries[topic.Key].Select(Lines).ToList();
            var story = await briefer.BriefAsync(reports, reports[0].Title ?? topic.Key, settings, cancellationToken);
            var first = await pipeline.BriefAsync(reports[0], settings, cancellationToken);
            topics.Add(new StoryBriefingEvalReport.Topic(topic.Key, reports.Count, scorer.ScoreMulti(references, Text(story)), scorer.ScoreMulti(references, Text(first))));
        }

        return new StoryBriefingEvalReport(dataset, topics);
    }

    /// <summary>Reads <c>{"cluster", "references": [...]}</c> lines.</summary>
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> ReadSummariesAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new EvalDatasetException($"Summaries file '{path}' does not exist.");
        }

        var summaries = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in await File.ReadAllLinesAsync(path, cancellationToken))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(line);
                var root = document.RootElement;
                var cluster = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("cluster", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
                var references = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("references", out var r) && r.ValueKind == JsonValueKind.Array
                    ? r.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString() ?? string.Empty).Where(s => s.Length > 0).ToList()
                    : [];
                if (string.IsNullOrWhiteSpace(cluster) || references.Count == 0)
                {
                    throw new EvalDatasetException($"{path} line {number}: expected \"cluster\" and a non-empty \"references\" list of strings.");
                }

                summaries[cluster] = references;
            }
            catch (JsonException e)
            {
                throw new EvalDatasetException($"{path} line {number}: not valid JSON ({e.Message}).", e);
            }
        }

        return summaries.Count > 0 ? summaries : throw new EvalDatasetException($"Summaries file '{path}' has no summaries.");
    }

    public static string ToMarkdown(StoryBriefingEvalReport report)
    {
        var n = CultureInfo.InvariantCulture;
        var md = new StringBuilder();
        md.Append("# Story briefings: ").AppendLine(report.Dataset).AppendLine();
        md.AppendLine("ROUGE F1 against the human summaries of each topic (best of the references).").AppendLine();
        md.AppendLine("| Topic | Articles | Story R-1 | Story R-2 | Story R-L | First article R-1 | First article R-2 | First article R-L |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var t in report.Topics)
        {
            md.AppendLine(string.Create(n, $"| {t.Id} | {t.Articles} | {t.Story.Rouge1.F:0.000} | {t.Story.Rouge2.F:0.000} | {t.Story.RougeLsum.F:0.000} | {t.FirstArticle.Rouge1.F:0.000} | {t.FirstArticle.Rouge2.F:0.000} | {t.FirstArticle.RougeLsum.F:0.000} |"));
        }

        var (s, f) = (report.StoryMean, report.FirstArticleMean);
        md.AppendLine(string.Create(n, $"| **Mean** | | **{s.Rouge1.F:0.000}** | **{s.Rouge2.F:0.000}** | **{s.RougeLsum.F:0.000}** | {f.Rouge1.F:0.000} | {f.Rouge2.F:0.000} | {f.RougeLsum.F:0.000} |"));
        md.AppendLine().AppendLine("R-L is ROUGE-Lsum (sentence-level longest common subsequence).");
        return md.ToString();
    }

    private string Text(BriefingResult result) => string.Join('\n', [.. splitter.Split(result.Content.Briefing), .. result.Content.KeyPoints]);

    private string Lines(string text) => string.Join('\n', splitter.Split(text));

    private static Article Report(StoryEvalCase article) => new()
    {
        Source = article.Outlet ?? article.Id,
        Title = article.Article.Title,
        PublishedAt = article.Article.PublishedAt,
        Paragraphs = article.Article.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
    };
}
