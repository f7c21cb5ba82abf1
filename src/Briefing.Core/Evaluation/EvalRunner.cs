using System.Text;
using Briefing.Articles;
using Briefing.Briefings;
using Briefing.ModelCalls.Budget;
using Briefing.Pipeline;
using Briefing.Text;

namespace Briefing.Evaluation;

/// <summary>Runs the pipeline over an evaluation set and scores each briefing, and Lead-3, against the reference.</summary>
/// <remarks>
/// Each article enters as plain text exactly as <c>briefing brief -</c> would receive it on standard input, so the
/// figures describe what users get. A case whose article or model call fails is recorded and the run goes on.
/// </remarks>
internal sealed class EvalRunner(
    ArticleIngestor ingestor,
    BriefingPipeline pipeline,
    LeadBaseline lead,
    SentenceSplitter splitter,
    RougeScorer scorer,
    TimeProvider time,
    ReadabilityChecker readability)
{
    private const int WorstCases = 5;

    public async Task<EvalReport> RunAsync(
        string dataset, IReadOnlyList<EvalCase> cases, BriefingSettings settings, SummaryTarget target, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var results = new List<EvalCaseResult>(cases.Count);
        var engine = (Kind: "", Model: "");
        foreach (var item in cases)
        {
            var (result, used) = await RunCaseAsync(item, settings, target, cancellationToken);
            results.Add(result);
            engine = used ?? engine;
            progress?.Report(results.Count);
        }

        var scored = results.Where(r => r.Scores is not null).ToList();
        var checkedOnes = scored.Where(r => r.Verdict is not null).ToList();
        var total = time.GetElapsedTime(started).TotalSeconds;
        return new EvalReport
        {
            Dataset = dataset,
            Engine = engine.Kind,
            Model = engine.Model,
            Scored = target,
            Length = settings.Length.ToString().ToLowerInvariant(),
            Cases = cases.Count,
            Failed = results.Count - scored.Count,
            System = EvalMeans.Of(scored.Select(r => r.Scores).OfType<RougeScores>().ToList(), scored.Select(r => r.Words)),
            // Over the same cases as the system: a failed case would otherwise count for Lead-3 only and skew the difference.
            Lead3 = EvalMeans.Of(scored.Select(r => r.Lead).ToList(), scored.Select(r => r.LeadWords)),
            Lead3AllCases = EvalMeans.Of(results.Select(r => r.Lead).ToList(), results.Select(r => r.LeadWords)),
            GroundedPercent = checkedOnes.Count == 0 ? 0 : Math.Round(100.0 * checkedOnes.Count(r => r.Verdict == "grounded") / checkedOnes.Count, 1),
            MeanContentPrecision = checkedOnes.Count == 0 ? 0 : Math.Round(checkedOnes.Average(r => r.ContentPrecision ?? 0), 4),
            UnsupportedPerBriefing = checkedOnes.Count == 0 ? 0 : Math.Round(checkedOnes.Average(r => r.Unsupported.Count), 3),
            TotalSeconds = Math.Round(total, 2),
            SecondsPerCase = cases.Count == 0 ? 0 : Math.Round(total / cases.Count, 4),
            Usage = results.Select(r => r.Usage).OfType<ModelUsage>().Aggregate((ModelUsage?)null, (sum, u) => sum is null ? u : sum.Add(u)),
            FailedCases = results.Where(r => r.Scores is null).ToList(),
            Worst = results.OrderBy(r => r.Scores is null ? -1 : r.MeanF).ThenBy(r => r.Id, StringComparer.Ordinal).Take(WorstCases).ToList(),
            Results = results,
            Readability = ReadabilityTally.Of(scored.Select(r => r.Readability).ToList()),
        };
    }

    private async Task<(EvalCaseResult Result, (string, string)? Engine)> RunCaseAsync(
        EvalCase item, BriefingSettings settings, SummaryTarget target, CancellationToken cancellationToken)
    {
        var baseline = lead.Summarize(item.Article);
        var result = new EvalCaseResult
        {
            Id = item.Id,
            Lead = scorer.Score(item.Reference, baseline),
            LeadWords = WordTokenizer.CountWords(baseline),
        };
        var started = time.GetTimestamp();
        try
        {
            var article = ingestor.Parse(new RawArticle(item.Id, Encoding.UTF8.GetBytes(item.Article), ContentType: null, Extension: null));
            var briefing = await pipeline.BriefAsync(article, settings, cancellationToken);
            var summary = target == SummaryTarget.KeyPoints
                ? string.Join('\n', briefing.Content.KeyPoints)
                : string.Join('\n', splitter.Split(briefing.Content.Briefing));
            return (result with
            {
                Summary = summary,
                Scores = scorer.Score(item.Reference, summary),
                Words = WordTokenizer.CountWords(summary),
                Seconds = time.GetElapsedTime(started).TotalSeconds,
                Usage = briefing.Usage,
                Verdict = briefing.Grounding?.Verdict.ToString().ToLowerInvariant(),
                Unsupported = briefing.Grounding?.Unsupported.Select(u => u.Describe()).ToList() ?? [],
                ContentPrecision = briefing.Grounding?.ContentPrecision,
                Readability = readability.Check(item.Article, briefing.Content),
            }, (briefing.Engine.Kind, briefing.Engine.Model));
        }
        catch (Exception e) when (e is ArticleException or ModelException or ContextBudgetExceededException)
        {
            return (result with { Error = e.Message, Seconds = time.GetElapsedTime(started).TotalSeconds }, null);
        }
    }
}
