using System.Collections.Concurrent;
using Briefing.Articles;
using Briefing.Briefings;
using Briefing.Delivery;
using Briefing.Sources;
using Briefing.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Worker;

/// <summary>One pass of the worker: collect from every source, brief what is new in parallel, deliver files, write the digest.</summary>
/// <remarks>
/// Order per article is what makes the pass exactly-once: reserve a file name, write the files atomically, confirm in the
/// state store, and only then let the source move or record the article. A kill at any point is repaired by the next pass.
/// </remarks>
public sealed class BriefingRunCoordinator(
    IEnumerable<IArticleSource> sources,
    BriefingPipeline pipeline,
    BriefingStateStore store,
    StoryStateStore stories,
    EngineIdentity identity,
    BriefingFileNamer namer,
    BriefingFileWriter files,
    RunDigest digest,
    OutputLayout layout,
    AtomicFileWriter writer,
    IOptions<WorkerOptions> options,
    TimeProvider time,
    ILogger<BriefingRunCoordinator> logger)
{
    public async Task<RunSummary> RunAsync(CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var startedAt = time.GetUtcNow();
        var worker = options.Value;
        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(startedAt, worker.FindZone()).DateTime);
        // A run killed mid-write can leave a hidden temporary file; the file it was writing is rewritten by this run.
        writer.RemoveAbandonedTemporaryFiles(layout.Briefings);
        writer.RemoveAbandonedTemporaryFiles(layout.Digests);
        writer.RemoveAbandonedTemporaryFiles(layout.Failed);
        var active = sources.ToList();
        var pending = new List<IPendingArticle>();
        var sourceFailures = 0;
        foreach (var source in active)
        {
            var batch = await source.CollectAsync(cancellationToken);
            pending.AddRange(batch.Articles);
            foreach (var failure in batch.Failures)
            {
                WorkerLog.SourceFailed(logger, failure.Source, failure.Reason);
                await store.RecordFailureAsync(failure, time.GetUtcNow(), cancellationToken);
                sourceFailures++;
            }
        }

        WorkerLog.RunStarted(logger, pending.Count);
        var reports = new ConcurrentQueue<ArticleReport>();
        var claims = new ConcurrentDictionary<string, Task<bool>>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = worker.Concurrency, CancellationToken = cancellationToken };
        try
        {
            await Parallel.ForEachAsync(pending, parallel, async (article, token) => reports.Enqueue(await ProcessAsync(article, claims, date, token)));
        }
        catch (OperationCanceledException)
        {
            WorkerLog.RunCancelled(logger);
            throw;
        }

        foreach (var source in active)
        {
            await source.CompleteAsync(cancellationToken);
        }

        var digestName = await digest.WriteAsync(startedAt, cancellationToken);
        var summary = new RunSummary(reports.ToList(), sourceFailures, digestName, time.GetElapsedTime(started));
        var (briefed, skipped, duplicates, failed) = (summary.Count(ArticleOutcome.Briefed), summary.Count(ArticleOutcome.Skipped),
            summary.Count(ArticleOutcome.Duplicate), summary.Count(ArticleOutcome.Failed));
        var ms = (long)summary.Duration.TotalMilliseconds;
        WorkerLog.RunFinished(logger, ms, briefed, skipped, duplicates, failed, sourceFailures, digestName ?? "(nothing new)");
        return summary;
    }

    private async Task<ArticleReport> ProcessAsync(IPendingArticle pending, ConcurrentDictionary<string, Task<bool>> claims, DateOnly date, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var (outcome, reason, usage) = await LoadAndBriefAsync(pending, claims, date, cancellationToken);
        var report = new ArticleReport(pending.Source, pending.Origin, outcome, time.GetElapsedTime(started), reason, usage);
        var ms = (long)report.Duration.TotalMilliseconds;
        if (usage is not null)
        {
            // Tokens are logged only where the model stage measured them; the extractive engine and skips have none.
            WorkerLog.ArticleBriefed(logger, report.Source, report.Origin, outcome, ms, usage.PromptTokens, usage.CompletionTokens, usage.Estimated, usage.Cached);
        }
        else if (reason is null)
        {
            WorkerLog.ArticleDone(logger, report.Source, report.Origin, outcome, ms);
        }
        else
        {
            WorkerLog.ArticleFailed(logger, report.Source, report.Origin, outcome, ms, reason);
        }

        return report;
    }

    private async Task<(ArticleOutcome Outcome, string? Reason, ModelUsage? Usage)> LoadAndBriefAsync(
        IPendingArticle pending, ConcurrentDictionary<string, Task<bool>> claims, DateOnly date, CancellationToken cancellationToken)
    {
        Article article;
        try
        {
            article = await pending.LoadAsync(cancellationToken);
        }
        catch (ArticleException e)
        {
            return await FailAsync(pending, e.Message, cancellationToken);
        }

        // The first source to bring a story briefs it; the same story from another source waits for that result.
        var hash = ContentHash.Of(article);
        var claim = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        var owner = claims.GetOrAdd(hash, claim.Task);
        if (owner != claim.Task)
        {
            if (await owner)
            {
                await pending.MarkBriefedAsync(hash, cancellationToken);
                return (ArticleOutcome.Duplicate, null, null);
            }

            return await FailAsync(pending, "The same article arrived from another source in this run and failed there; see that entry.", cancellationToken);
        }

        try
        {
            var result = await BriefAsync(pending, article, hash, date, cancellationToken);
            claim.SetResult(result.Outcome != ArticleOutcome.Failed);
            return result;
        }
        catch (OperationCanceledException)
        {
            claim.SetCanceled(cancellationToken);
            throw;
        }
        catch (Exception e)
        {
            claim.SetException(e);
            throw;
        }
    }

    private async Task<(ArticleOutcome Outcome, string? Reason, ModelUsage? Usage)> BriefAsync(
        IPendingArticle pending, Article article, string hash, DateOnly date, CancellationToken cancellationToken)
    {
        var key = new BriefingKey(hash, identity.PromptVersion, identity.Model);
        if ((await store.FindAsync(key, cancellationToken))?.Status == BriefingStatus.Briefed)
        {
            await pending.MarkBriefedAsync(hash, cancellationToken);
            return (ArticleOutcome.Skipped, null, null);
        }

        BriefingResult result;
        try
        {
            result = await pipeline.BriefAsync(article, options.Value.Settings, cancellationToken);
        }
        catch (Exception e) when (e is ModelException or ArticleException)
        {
            return await FailAsync(pending, e.Message, cancellationToken);
        }

        var stem = await store.ReserveAsync(key, pending.Source, namer.Stem(date, article.Title, article.Source, hash), cancellationToken);
        await files.WriteAsync(stem, result, cancellationToken);
        // Kept for the digest, which groups the run's articles into stories after their sources have moved on.
        await stories.RememberArticleAsync(new StoredArticleText(stem, article.Title, article.Source, article.Body, article.PublishedAt), cancellationToken);
        await store.MarkBriefedAsync(key, time.GetUtcNow(), cancellationToken);
        await pending.MarkBriefedAsync(hash, cancellationToken);
        return (ArticleOutcome.Briefed, null, result.Usage);
    }

    private async Task<(ArticleOutcome Outcome, string? Reason, ModelUsage? Usage)> FailAsync(IPendingArticle pending, string reason, CancellationToken cancellationToken)
    {
        await pending.MarkFailedAsync(reason, cancellationToken);
        await store.RecordFailureAsync(new SourceFailure(pending.Source, reason), time.GetUtcNow(), cancellationToken);
        return (ArticleOutcome.Failed, reason, null);
    }
}
