using System.Collections.Concurrent;
using Briefing.Articles;
using Briefing.Briefings;
using Briefing.Delivery;
using Briefing.Pipeline;
using Briefing.Sources;
using Briefing.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Worker;

/// <summary>One pass of the worker: collect from every source, brief what is new in parallel, deliver files, write the digest.</summary>
/// <remarks>
/// Order per article is what makes the pass exactly-once: reserve a file name, write the files atomically, confirm in the
/// state store, and only then let the source move or record the article. A kill at any point is repaired by the next pass.
/// Any exception an item raises is that item's failure (<see cref="ItemFailure"/>): the pass goes on. Only a cancelled
/// pass, an unusable state store and another pass holding the lock stop it.
/// </remarks>
internal sealed class BriefingRunCoordinator(
    IEnumerable<IArticleSource> sources,
    BriefingPipeline pipeline,
    BriefingStateStore store,
    StateLock stateLock,
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
        using var held = await stateLock.AcquireAsync(cancellationToken);
        await store.CheckAsync(cancellationToken);
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
            foreach (var failure in await CollectAsync(source, pending, cancellationToken))
            {
                WorkerLog.SourceFailed(logger, failure.Source, failure.Reason);
                await store.RecordFailureAsync(failure, time.GetUtcNow(), cancellationToken);
                sourceFailures++;
            }
        }

        WorkerLog.RunStarted(logger, pending.Count);
        var reports = new ConcurrentQueue<ArticleReport>();
        var claims = new ConcurrentDictionary<string, Task<ItemFailure?>>();
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
        var ms = (long)summary.Duration.TotalMilliseconds;
        var (briefed, skipped, duplicates) = (summary.Count(ArticleOutcome.Briefed), summary.Count(ArticleOutcome.Skipped), summary.Count(ArticleOutcome.Duplicate));
        var (failed, left) = (summary.Count(ArticleOutcome.Failed), summary.Count(ArticleOutcome.Pending));
        WorkerLog.RunFinished(logger, ms, briefed, skipped, duplicates, failed, left, sourceFailures, digestName ?? "(nothing new)");
        return summary;
    }

    private async Task<IReadOnlyList<SourceFailure>> CollectAsync(IArticleSource source, List<IPendingArticle> pending, CancellationToken cancellationToken)
    {
        try
        {
            var batch = await source.CollectAsync(cancellationToken);
            pending.AddRange(batch.Articles);
            return batch.Failures;
        }
        catch (Exception e) when (ItemFailure.BelongsToItem(e, cancellationToken))
        {
            return [new SourceFailure(source.Name, ItemFailure.Of(e).Reason)];
        }
    }

    private async Task<ArticleReport> ProcessAsync(IPendingArticle pending, ConcurrentDictionary<string, Task<ItemFailure?>> claims, DateOnly date, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        (ArticleOutcome Outcome, string? Reason, ModelUsage? Usage) result;
        try
        {
            result = await LoadAndBriefAsync(pending, claims, date, cancellationToken);
        }
        catch (Exception e) when (ItemFailure.BelongsToItem(e, cancellationToken))
        {
            result = await SettleAsync(pending, ItemFailure.Of(e), cancellationToken);
        }

        var (outcome, reason, usage) = result;
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
        IPendingArticle pending, ConcurrentDictionary<string, Task<ItemFailure?>> claims, DateOnly date, CancellationToken cancellationToken)
    {
        var article = await pending.LoadAsync(cancellationToken);

        // The first source to bring a story briefs it; the same story from another source waits for that result.
        var hash = ContentHash.Of(article);
        var claim = new TaskCompletionSource<ItemFailure?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var owner = claims.GetOrAdd(hash, claim.Task);
        if (owner != claim.Task)
        {
            if (await owner is { } failed)
            {
                return await SettleAsync(pending, failed with { Reason = "The same article arrived from another source in this run and failed there: " + failed.Reason }, cancellationToken);
            }

            await pending.MarkBriefedAsync(hash, cancellationToken);
            return (ArticleOutcome.Duplicate, null, null);
        }

        try
        {
            var result = await BriefAsync(pending, article, hash, date, cancellationToken);
            claim.SetResult(null);
            return result;
        }
        catch (Exception e) when (ItemFailure.BelongsToItem(e, cancellationToken))
        {
            var failure = ItemFailure.Of(e);
            claim.SetResult(failure);
            return await SettleAsync(pending, failure, cancellationToken);
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

        var result = await pipeline.BriefAsync(article, options.Value.Settings, cancellationToken);
        var stem = await store.ReserveAsync(key, pending.Source, namer.Stem(date, article.Title, article.Source, hash), cancellationToken);
        await files.WriteAsync(stem, result, cancellationToken);
        // Kept for the digest, which groups the run's articles into stories after their sources have moved on.
        await stories.RememberArticleAsync(new StoredArticleText(stem, article.Title, article.Source, article.Body, article.PublishedAt), cancellationToken);
        await store.MarkBriefedAsync(key, time.GetUtcNow(), cancellationToken);
        await store.SetQuarantinedAsync(pending.Key, quarantined: false, cancellationToken);
        await pending.MarkBriefedAsync(hash, cancellationToken);
        return (ArticleOutcome.Briefed, null, result.Usage);
    }

    /// <summary>A transient failure leaves the article pending until <see cref="WorkerOptions.MaxAttempts"/>; any other quarantines it.</summary>
    private async Task<(ArticleOutcome Outcome, string? Reason, ModelUsage? Usage)> SettleAsync(IPendingArticle pending, ItemFailure failure, CancellationToken cancellationToken)
    {
        var reason = failure.Reason;
        if (failure.Transient)
        {
            var max = options.Value.MaxAttempts;
            var attempt = await store.RecordAttemptAsync(pending.Key, reason, time.GetUtcNow(), cancellationToken);
            if (attempt < max)
            {
                await pending.MarkPendingAsync(cancellationToken);
                await store.RecordPendingAsync(new PendingFailure(pending.Source, reason, attempt, max), time.GetUtcNow(), cancellationToken);
                return (ArticleOutcome.Pending, reason, null);
            }

            reason = $"Gave up after {attempt} passes; the last one failed with: {reason}";
        }

        await store.SetQuarantinedAsync(pending.Key, quarantined: false, cancellationToken);
        try
        {
            await pending.MarkFailedAsync(reason, cancellationToken);
        }
        catch (Exception e) when (ItemFailure.BelongsToItem(e, cancellationToken))
        {
            // The failure still reaches the digest through the state store; only its quarantine on disk is missing.
            reason += $" It could not be quarantined: {ItemFailure.Of(e).Reason}";
        }

        await store.RecordFailureAsync(new SourceFailure(pending.Source, reason), time.GetUtcNow(), cancellationToken);
        return (ArticleOutcome.Failed, reason, null);
    }
}
