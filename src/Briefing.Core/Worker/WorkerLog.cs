using Microsoft.Extensions.Logging;

namespace Briefing.Worker;

/// <summary>The worker's structured log lines: one per article, one per run.</summary>
internal static partial class WorkerLog
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Article {Source} from {Origin}: {Outcome} in {DurationMs} ms")]
    public static partial void ArticleDone(ILogger logger, string source, string origin, ArticleOutcome outcome, long durationMs);

    [LoggerMessage(EventId = 108, Level = LogLevel.Information,
        Message = "Article {Source} from {Origin}: {Outcome} in {DurationMs} ms, {PromptTokens} prompt + {CompletionTokens} completion tokens (estimated: {Estimated}, cached: {Cached})")]
    public static partial void ArticleBriefed(
        ILogger logger, string source, string origin, ArticleOutcome outcome, long durationMs, int promptTokens, int completionTokens, bool estimated, bool cached);

    [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "Article {Source} from {Origin}: {Outcome} in {DurationMs} ms: {Reason}")]
    public static partial void ArticleFailed(ILogger logger, string source, string origin, ArticleOutcome outcome, long durationMs, string reason);

    [LoggerMessage(EventId = 102, Level = LogLevel.Warning, Message = "Source {Source} could not be read: {Reason}")]
    public static partial void SourceFailed(ILogger logger, string source, string reason);

    [LoggerMessage(EventId = 103, Level = LogLevel.Information,
        Message = "Run finished in {DurationMs} ms: {Briefed} briefed, {Skipped} already briefed, {Duplicates} duplicates, {Failed} failed, {Pending} left for the next run, {SourceFailures} unreadable sources; digest {Digest}")]
    public static partial void RunFinished(ILogger logger, long durationMs, int briefed, int skipped, int duplicates, int failed, int pending, int sourceFailures, string digest);

    [LoggerMessage(EventId = 104, Level = LogLevel.Information, Message = "Run started with {Articles} articles to consider")]
    public static partial void RunStarted(ILogger logger, int articles);

    [LoggerMessage(EventId = 107, Level = LogLevel.Information, Message = "Run cancelled; unfinished articles are left for the next run")]
    public static partial void RunCancelled(ILogger logger);
}
