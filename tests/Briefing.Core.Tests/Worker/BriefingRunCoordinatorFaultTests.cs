using System.Diagnostics;
using System.Net;
using Briefing.Articles;
using Briefing.Fakes;
using Briefing.Sources;
using Briefing.State;
using Briefing.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;

namespace Briefing.Worker;

/// <summary>What one bad item costs a pass (nothing but its own slot), and which failures are retried rather than buried.</summary>
public sealed class BriefingRunCoordinatorFaultTests
{
    [UnixFact]
    public async Task RunAsync_InboxEntriesThatAreNotRegularFiles_AreNeverReadAndListedWithReasonsAndTheGoodFileIsBriefed()
    {
        using var bed = new WorkerTestbed();
        bed.AddSample();
        File.CreateSymbolicLink(Path.Combine(bed.Inbox, "dangling.txt"), Path.Combine(bed.Inbox, "no-such-file.txt"));
        var secret = Path.Combine(Path.GetDirectoryName(bed.Inbox)!, "secret.txt");
        File.WriteAllText(secret, WorkerTestbed.BridgeArticle);
        File.CreateSymbolicLink(Path.Combine(bed.Inbox, "linked.txt"), secret);
        MakeFifo(Path.Combine(bed.Inbox, "pipe.txt"));
        bed.AddToInbox("empty.txt", string.Empty);

        var run = bed.RunAsync();
        // A FIFO opened for reading waits for a writer forever; the pass must never open it.
        Assert.Same(run, await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(30))));
        var summary = await run;

        Assert.Equal(1, summary.Count(ArticleOutcome.Briefed));
        Assert.Equal(4, summary.Count(ArticleOutcome.Failed));
        Assert.DoesNotContain(bed.Model.Received, r => r.History.Any(m => m.Content?.Contains("bridge", StringComparison.Ordinal) == true));
        Assert.True(File.Exists(secret));
        Assert.Equal(["lavrov-talks.txt"], bed.InboxFiles("processed"));
        Assert.Empty(bed.InboxFiles());
        var reasons = Directory.GetFiles(Path.Combine(bed.Inbox, "failed"), "*.reason.txt").ToDictionary(f => Path.GetFileName(f), File.ReadAllText);
        Assert.Equal($"'dangling.txt' is a symbolic link to '{Path.Combine(bed.Inbox, "no-such-file.txt")}', which does not exist.\n", reasons["dangling.txt.reason.txt"]);
        Assert.Equal($"'linked.txt' is a symbolic link to '{secret}'; only regular files are read from the inbox, so copy the article in instead.\n", reasons["linked.txt.reason.txt"]);
        Assert.StartsWith("'pipe.txt' is empty or is not a regular file (a pipe, socket or device)", reasons["pipe.txt.reason.txt"], StringComparison.Ordinal);
        Assert.StartsWith("'empty.txt' is empty or is not a regular file", reasons["empty.txt.reason.txt"], StringComparison.Ordinal);
        var digest = bed.ReadDigest(".md");
        Assert.Contains("- **dangling.txt**: ", digest, StringComparison.Ordinal);
        Assert.Contains("- **pipe.txt**: ", digest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_InboxFileRemovedDuringThePass_IsThatEntrysFailureAndThePassCompletes()
    {
        using var bed = new WorkerTestbed();
        bed.AddToInbox("a-bridge.txt", WorkerTestbed.BridgeArticle);
        var vanishing = bed.AddToInbox("b-vanishing.txt", WorkerTestbed.BridgeArticle.Replace("bridge", "tunnel", StringComparison.Ordinal));
        bed.Model = new RecordingChatCompletionService(_ =>
        {
            // Another process takes the second file while the first is being briefed.
            File.Delete(vanishing);
            return WorkerTestbed.BridgeReply;
        });

        var summary = await bed.RunAsync(new Dictionary<string, string?> { ["Briefing:Worker:Concurrency"] = "1" });

        Assert.Equal(1, summary.Count(ArticleOutcome.Briefed));
        var gone = Assert.Single(summary.Articles, a => a.Outcome == ArticleOutcome.Failed);
        Assert.Equal("'b-vanishing.txt' left the inbox during the pass, before it was read.", gone.Reason);
        Assert.Equal(["a-bridge.txt"], bed.InboxFiles("processed"));
        Assert.Empty(bed.InboxFiles("failed"));
        Assert.NotNull(summary.Digest);
    }

    [Fact]
    public async Task RunAsync_SidecarDamagedBeforeTheDigest_CostsOnlyItsOwnEntry()
    {
        using var bed = new WorkerTestbed();
        bed.AddToInbox("a-bridge.txt", WorkerTestbed.BridgeArticle);
        bed.AddSample("b-lavrov.txt");
        bed.Model = new RecordingChatCompletionService(history =>
        {
            // While the second article is briefed, someone damages the first one's side-car.
            foreach (var json in Directory.Exists(Path.Combine(bed.Output, "briefings")) ? Directory.GetFiles(Path.Combine(bed.Output, "briefings"), "*.json") : [])
            {
                File.WriteAllText(json, "{ damaged");
            }

            return history.Any(m => m.Content?.Contains("bridge", StringComparison.Ordinal) == true) ? WorkerTestbed.BridgeReply : FakeReplies.Sample;
        });

        var summary = await bed.RunAsync(new Dictionary<string, string?> { ["Briefing:Worker:Concurrency"] = "1" });

        Assert.Equal(2, summary.Count(ArticleOutcome.Briefed));
        var digest = bed.ReadDigest(".md");
        Assert.Contains("- **a-bridge.txt**: Its briefing file 2026-03-02-council-closes-the-river-bridge-for-repairs-", digest, StringComparison.Ordinal);
        Assert.Contains("Lavrov", digest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_SourceThrowsAnyException_IsListedAndTheOtherSourcesAreBriefed()
    {
        using var bed = new WorkerTestbed();
        bed.AddSample();

        var summary = await bed.RunAsync(configure: services => services.AddScoped<IArticleSource>(_ => new ThrowingSource()));

        Assert.Equal(1, summary.Count(ArticleOutcome.Briefed));
        Assert.Equal(1, summary.SourceFailures);
        Assert.Contains("- **broken source**: Unexpected failure: The source is broken. Really.\n", bed.ReadDigest(".md"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ArticleThrowsAnyException_IsQuarantinedWithOneLineAndThePassGoesOn()
    {
        using var bed = new WorkerTestbed();
        bed.AddSample();
        var source = new ThrowingSource { Articles = [new ThrowingArticle(new UriFormatException("Invalid URI: The hostname could not be parsed.\n   at System.Uri.CreateThis()"))] };

        var summary = await bed.RunAsync(configure: services => services.AddScoped<IArticleSource>(_ => source));

        Assert.Equal(1, summary.Count(ArticleOutcome.Briefed));
        var failed = Assert.Single(summary.Articles, a => a.Outcome == ArticleOutcome.Failed);
        Assert.Equal("Unexpected failure: Invalid URI: The hostname could not be parsed. at System.Uri.CreateThis()", failed.Reason);
        Assert.Equal(failed.Reason, Assert.Single(source.Failed));
    }

    [Fact]
    public async Task RunAsync_ModelOutage_LeavesInboxFilesPendingAndTheNextHealthyPassBriefsThem()
    {
        using var bed = new WorkerTestbed { Model = new RecordingChatCompletionService(_ => throw Unavailable()) };
        bed.AddSample();
        bed.AddToInbox("bridge.txt", WorkerTestbed.BridgeArticle);

        var outage = await bed.RunAsync();

        Assert.Equal(2, outage.Count(ArticleOutcome.Pending));
        Assert.True(outage.HasFailures);
        Assert.Equal(["bridge.txt", "lavrov-talks.txt"], bed.InboxFiles());
        Assert.Empty(bed.InboxFiles("failed"));
        var digest = bed.ReadDigest(".md");
        Assert.Contains("0 stories from 0 articles · 2 to retry · run at", digest, StringComparison.Ordinal);
        Assert.Contains("## <a id=\"pending\"></a>To be retried", digest, StringComparison.Ordinal);
        Assert.Contains("- **bridge.txt** (attempt 1 of 5): The model provider failed (HTTP 503)", digest, StringComparison.Ordinal);
        Assert.DoesNotContain("<a id=\"not-briefed\">", digest, StringComparison.Ordinal);

        bed.Model = new RecordingChatCompletionService(FakeReplies.Sample);
        var healthy = await bed.RunAsync();

        Assert.Equal(2, healthy.Count(ArticleOutcome.Briefed));
        Assert.False(healthy.HasFailures);
        Assert.Equal(["bridge.txt", "lavrov-talks.txt"], bed.InboxFiles("processed"));
    }

    [Fact]
    public async Task RunAsync_ModelEndpointRefusesConnections_LeavesTheArticlePending()
    {
        using var bed = new WorkerTestbed();
        bed.AddSample();
        var settings = new Dictionary<string, string?>(bed.Settings)
        {
            ["Briefing:Model:Provider"] = "openai-compatible",
            ["Briefing:Model:ApiKey"] = "test-key",
            // Port 9 (discard) on loopback: nothing listens, so the connection is refused at once.
            ["Briefing:Model:Endpoint"] = "http://127.0.0.1:9/v1",
            ["Briefing:Resilience:MaxRetries"] = "0",
        };

        await using var services = TestPipeline.Create(chat: null, settings);
        await using var scope = services.CreateAsyncScope();

        var report = Assert.Single((await scope.ServiceProvider.GetRequiredService<BriefingRunCoordinator>().RunAsync(CancellationToken.None)).Articles);

        Assert.True(report.Outcome == ArticleOutcome.Pending, report.Reason);
        Assert.StartsWith("The model provider could not be reached", report.Reason, StringComparison.Ordinal);
        Assert.Equal(["lavrov-talks.txt"], bed.InboxFiles());
    }

    [Fact]
    public async Task RunAsync_ModelOutageWhileTakingNotesOnALongArticle_LeavesItPending()
    {
        using var bed = new WorkerTestbed { Model = new RecordingChatCompletionService(_ => throw Unavailable()) };
        bed.AddToInbox("long.txt", "Long talks\n\n" + string.Join("\n\n", LongArticleText.Paragraphs(12_000)));

        var report = Assert.Single((await bed.RunAsync(new Dictionary<string, string?> { ["Briefing:Model:ContextTokens"] = "8192" })).Articles);

        Assert.True(report.Outcome == ArticleOutcome.Pending, report.Reason);
        Assert.Equal(["long.txt"], bed.InboxFiles());
    }

    [Fact]
    public async Task RunAsync_TransientFailureOnEveryPass_QuarantinesAfterMaxAttempts()
    {
        using var bed = new WorkerTestbed { Model = new RecordingChatCompletionService(_ => throw Unavailable()) };
        bed.AddSample();
        var settings = new Dictionary<string, string?> { ["Briefing:Worker:MaxAttempts"] = "3" };

        var outcomes = new List<ArticleOutcome>();
        for (var pass = 0; pass < 3; pass++)
        {
            outcomes.Add(Assert.Single((await bed.RunAsync(settings)).Articles).Outcome);
        }

        Assert.Equal([ArticleOutcome.Pending, ArticleOutcome.Pending, ArticleOutcome.Failed], outcomes);
        Assert.Equal(["lavrov-talks.txt", "lavrov-talks.txt.reason.txt"], bed.InboxFiles("failed"));
        Assert.StartsWith("Gave up after 3 passes; the last one failed with: The model provider failed (HTTP 503)",
            File.ReadAllText(Path.Combine(bed.Inbox, "failed", "lavrov-talks.txt.reason.txt")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ContentFilterRefusal_QuarantinesAtOnce()
    {
        var refusal = new HttpOperationException(HttpStatusCode.BadRequest, "{\"error\":{\"code\":\"content_filter\"}}", "Bad request", null);
        using var bed = new WorkerTestbed { Model = new RecordingChatCompletionService(_ => throw refusal) };
        bed.AddSample();

        var report = Assert.Single((await bed.RunAsync()).Articles);

        Assert.Equal(ArticleOutcome.Failed, report.Outcome);
        Assert.Equal(["lavrov-talks.txt", "lavrov-talks.txt.reason.txt"], bed.InboxFiles("failed"));
    }

    [Fact]
    public async Task RunAsync_TwoPassesInTheSameSecond_WriteTwoDigests()
    {
        using var bed = new WorkerTestbed();
        bed.AddSample();
        await bed.RunAsync();
        bed.AddToInbox("bridge.txt", WorkerTestbed.BridgeArticle);

        var second = await bed.RunAsync();

        Assert.Equal("digest-2026-03-02-093000-2", second.Digest);
        Assert.Equal(
            [
                "digest-2026-03-02-093000-2.html", "digest-2026-03-02-093000-2.md", "digest-2026-03-02-093000-2.txt",
                "digest-2026-03-02-093000.html", "digest-2026-03-02-093000.md", "digest-2026-03-02-093000.txt",
            ],
            bed.Files("digests"));
        Assert.Contains("Lavrov", File.ReadAllText(Path.Combine(bed.Output, "digests", "digest-2026-03-02-093000.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_StateDatabaseIsNotADatabase_StopsWithOneLineNamingTheFile()
    {
        using var bed = new WorkerTestbed();
        bed.AddSample();
        Directory.CreateDirectory(Path.GetDirectoryName(bed.Database)!);
        await File.WriteAllTextAsync(bed.Database, "These are someone's notes, not a database. They go on for a while to fill a page or two.\n");

        var error = await Assert.ThrowsAsync<StateStoreException>(() => bed.RunAsync());

        Assert.Equal($"The state database '{bed.Database}' is not a SQLite database (or is encrypted); fix or move it, or point Briefing:Worker:StateDatabase at another file.", error.Message);
        Assert.Equal(["lavrov-talks.txt"], bed.InboxFiles());
    }

    [Fact]
    public async Task RunAsync_StateDatabaseFolderCannotBeCreated_StopsWithOneLineNamingTheFile()
    {
        using var bed = new WorkerTestbed();
        bed.AddSample();
        var blocker = bed.AddToInbox("not-a-folder", "a file where the database's folder should be");
        var database = Path.Combine(blocker, "briefing.db");

        var error = await Assert.ThrowsAsync<StateStoreException>(() => bed.RunAsync(new Dictionary<string, string?> { ["Briefing:Worker:StateDatabase"] = database }));

        Assert.StartsWith($"The state database '{database}' cannot be used (", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_AnotherPassHoldsTheLock_RefusesBeforeTouchingAnything()
    {
        using var bed = new WorkerTestbed();
        bed.AddSample();
        var settings = new Dictionary<string, string?> { ["Briefing:Worker:LockWait"] = "00:00:00" };
        await using var services = bed.Services(settings);
        using var held = await services.GetRequiredService<StateLock>().AcquireAsync(CancellationToken.None);

        var error = await Assert.ThrowsAsync<StateLockedException>(() => bed.RunAsync(settings));

        Assert.StartsWith($"Another worker pass is using the state database '{bed.Database}' (lock file '{bed.Database}.lock')", error.Message, StringComparison.Ordinal);
        Assert.Equal(["lavrov-talks.txt"], bed.InboxFiles());
        Assert.Empty(bed.Files("digests"));
    }

    private static HttpOperationException Unavailable() =>
        new(HttpStatusCode.ServiceUnavailable, "upstream down", "Service Unavailable", null);

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    private sealed class ThrowingSource : IArticleSource
    {
        public IReadOnlyList<IPendingArticle>? Articles { get; init; }

        public List<string> Failed => Articles?.OfType<ThrowingArticle>().SelectMany(a => a.Reasons).ToList() ?? [];

        public string Name => "broken source";

        public Task<SourceBatch> CollectAsync(CancellationToken cancellationToken) =>
            Articles is { } articles ? Task.FromResult(new SourceBatch(articles, [])) : throw new InvalidOperationException("The source is broken.\nReally.");

        public Task CompleteAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private sealed class ThrowingArticle(Exception error) : IPendingArticle
    {
        public List<string> Reasons { get; } = [];

        public string Source => "thrower";

        public string Origin => "test";

        public string Key => "test:thrower";

        public Task<Article> LoadAsync(CancellationToken cancellationToken) => throw error;

        public Task MarkBriefedAsync(string contentHash, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task MarkFailedAsync(string reason, CancellationToken cancellationToken)
        {
            Reasons.Add(reason);
            return Task.CompletedTask;
        }

        public Task MarkPendingAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
