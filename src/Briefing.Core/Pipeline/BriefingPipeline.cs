using Briefing.Articles;
using Briefing.Briefings;
using Briefing.Grounding;
using Microsoft.Extensions.Logging;

namespace Briefing.Pipeline;

/// <summary>The one pipeline the CLI and the worker share: ingest, generate (prompt, model, parse and check), stamp.</summary>
/// <remarks>Rendering and delivery stay with the caller because the CLI and the worker deliver differently.</remarks>
internal sealed partial class BriefingPipeline(
    ArticleIngestor ingestor, IBriefingEngine engine, GroundingStage grounding, TimeProvider time, ILogger<BriefingPipeline> logger)
{
    public async Task<BriefingResult> BriefAsync(ArticleInput input, BriefingSettings settings, CancellationToken cancellationToken)
    {
        var article = await ingestor.IngestAsync(input, cancellationToken);
        return await BriefAsync(article, settings, cancellationToken);
    }

    public async Task<BriefingResult> BriefAsync(Article article, BriefingSettings settings, CancellationToken cancellationToken)
    {
        if (logger.IsEnabled(LogLevel.Information))
        {
            var characters = article.Paragraphs.Sum(p => p.Length);
            LogRead(logger, article.Source, article.Format, article.Paragraphs.Count, characters);
        }

        var started = time.GetTimestamp();
        var draft = await engine.GenerateAsync(article, settings, cancellationToken);
        var generated = time.GetElapsedTime(started);
        (draft, var report) = await grounding.ApplyAsync(article, settings, draft, cancellationToken);
        if (logger.IsEnabled(LogLevel.Information))
        {
            var total = (long)time.GetElapsedTime(started).TotalMilliseconds;
            LogBriefed(logger, article.Source, draft.Engine.Kind, draft.Engine.Model, (long)generated.TotalMilliseconds, total, report.Verdict);
        }
        return BriefingResult.From(article, draft, time.GetUtcNow()) with { Grounding = report };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Read {Source}: {Format}, {Paragraphs} paragraphs, {Characters} characters")]
    private static partial void LogRead(ILogger logger, string source, ArticleFormat format, int paragraphs, int characters);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Briefed {Source} with {Engine} ({Model}): generated in {GenerateMs} ms, {TotalMs} ms with the grounding check; verdict {Verdict}")]
    private static partial void LogBriefed(ILogger logger, string source, string engine, string model, long generateMs, long totalMs, GroundingVerdict verdict);
}
