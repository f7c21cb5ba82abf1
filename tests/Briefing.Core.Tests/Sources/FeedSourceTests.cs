using System.Collections.Concurrent;
using System.Globalization;
using Briefing.Fakes;
using Briefing.Support;
using Briefing.Worker;
using Microsoft.AspNetCore.Http;

namespace Briefing.Sources;

public sealed class FeedSourceTests
{
    private const string ETag = "\"feed-v1\"";

    [Fact]
    public async Task RunAsync_Feed_BriefsNewestItemsUpToCap_ThenCostsOne304()
    {
        var requests = new ConcurrentQueue<string>();
        await using var server = await LocalHttpServer.StartAsync(context => Serve(context, requests, StoryPage));
        using var bed = new WorkerTestbed();
        var settings = FeedSettings(server, maxItems: 2);

        var first = await bed.RunAsync(settings);
        var afterFirst = requests.ToArray();
        var second = await bed.RunAsync(settings);

        Assert.True(first.Count(ArticleOutcome.Briefed) == 2, Describe(first));
        Assert.Equal(["GET /feed.xml", "GET /story/2", "GET /story/3"], afterFirst.Order(StringComparer.Ordinal));
        Assert.Empty(second.Articles);
        Assert.Equal(["GET /feed.xml If-None-Match: " + ETag + " -> 304"], requests.Skip(afterFirst.Length));
        Assert.Equal(4, bed.Files("briefings").Length);
    }

    [Fact]
    public async Task RunAsync_SameStoryFromInboxAndFeed_IsBriefedOnce()
    {
        var requests = new ConcurrentQueue<string>();
        await using var server = await LocalHttpServer.StartAsync(context => Serve(context, requests, _ => BridgePage));
        using var bed = new WorkerTestbed();
        bed.AddToInbox("bridge.txt", WorkerTestbed.BridgeArticle);

        var summary = await bed.RunAsync(FeedSettings(server, maxItems: 1));

        Assert.True(summary.Count(ArticleOutcome.Briefed) == 1, Describe(summary));
        Assert.Equal(1, summary.Count(ArticleOutcome.Duplicate));
        Assert.Equal(1, bed.ArticleCalls);
        Assert.Equal(2, bed.Files("briefings").Length);
        Assert.Equal(["bridge.txt"], bed.InboxFiles("processed"));
    }

    [Fact]
    public async Task RunAsync_FeedItemFetchFails_ItemIsPendingAndFeedIsFetchedInFullNextTime()
    {
        var requests = new ConcurrentQueue<string>();
        await using var server = await LocalHttpServer.StartAsync(context => Serve(context, requests, n => n == 3 ? null : StoryPage(n)));
        using var bed = new WorkerTestbed();
        var settings = FeedSettings(server, maxItems: 2);

        var first = await bed.RunAsync(settings);
        var count = requests.Count;
        var second = await bed.RunAsync(settings);

        Assert.True(first.Count(ArticleOutcome.Pending) == 1, Describe(first));
        Assert.Contains("HTTP 404", Assert.Single(first.Articles, a => a.Outcome == ArticleOutcome.Pending).Reason, StringComparison.Ordinal);
        Assert.Equal(["GET /feed.xml", "GET /story/3"], requests.Skip(count).Order(StringComparer.Ordinal));
        Assert.Equal(ArticleOutcome.Pending, Assert.Single(second.Articles).Outcome);
    }

    [Fact]
    public async Task RunAsync_FetchFailsAndReplyUnusable_FetchIsRetriedUntilBriefedAndBadReplyIsQuarantinedOnDisk()
    {
        var requests = new ConcurrentQueue<string>();
        var storyThreeOnline = false;
        await using var server = await LocalHttpServer.StartAsync(context => Serve(context, requests, n => n == 3 && !storyThreeOnline ? null : StoryPage(n)));
        using var bed = new WorkerTestbed
        {
            Model = new RecordingChatCompletionService(history =>
                history.Any(m => m.Content?.Contains("story number 2", StringComparison.Ordinal) == true) ? "I cannot help with that." : FakeReplies.Sample),
        };
        var settings = FeedSettings(server, maxItems: 2);

        var first = await bed.RunAsync(settings);

        Assert.True(first.Count(ArticleOutcome.Failed) == 1 && first.Count(ArticleOutcome.Pending) == 1, Describe(first));
        var failed = Assert.Single(bed.Files("failed"));
        Assert.Matches(@"^2026-03-02-127-0-0-1-story-2-[0-9a-f]{8}\.reason\.txt$", failed);
        var lines = File.ReadAllText(Path.Combine(bed.Output, "failed", failed)).Split('\n');
        Assert.Equal("url: " + server.Url("/story/2"), lines[0]);
        Assert.Equal("feed: " + server.Url("/feed.xml"), lines[1]);
        Assert.Equal("title: Story 2", lines[2]);
        Assert.Equal("failed at: 2026-03-02T08:30:00.0000000+00:00", lines[3]);
        Assert.StartsWith("reason: The model declined to write this briefing", lines[4], StringComparison.Ordinal);
        var digest = bed.ReadDigest(".md");
        Assert.Contains($"- **{server.Url("/story/2")}**: The model declined to write this briefing", digest, StringComparison.Ordinal);
        Assert.Contains($"- **{server.Url("/story/3")}** (attempt 1 of 5): Fetching {server.Url("/story/3")} failed: HTTP 404", digest, StringComparison.Ordinal);
        Assert.Empty(bed.Files("briefings"));

        // The page comes back and the model recovers: the pending item is briefed; the quarantined one is not fetched again.
        storyThreeOnline = true;
        bed.Model = new RecordingChatCompletionService(FakeReplies.Sample);
        var count = requests.Count;
        var second = await bed.RunAsync(settings);

        Assert.True(second.Count(ArticleOutcome.Briefed) == 1 && second.Articles.Count == 1, Describe(second));
        Assert.Equal(["GET /feed.xml", "GET /story/3"], requests.Skip(count).Order(StringComparer.Ordinal));
        Assert.Equal(2, bed.Files("briefings").Length);
        Assert.Equal([failed], bed.Files("failed"));

        // Every item is settled: the feed's validators are saved and the next run costs one 304.
        var third = await bed.RunAsync(settings);

        Assert.Empty(third.Articles);
        Assert.Equal("GET /feed.xml If-None-Match: " + ETag + " -> 304", requests.Last());
    }

    [Fact]
    public async Task RunAsync_FeedUnreachable_IsReportedAndInboxStillBriefed()
    {
        await using var server = await LocalHttpServer.StartAsync(context =>
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Task.CompletedTask;
        });
        using var bed = new WorkerTestbed();
        bed.AddSample();

        var summary = await bed.RunAsync(FeedSettings(server, maxItems: 5));

        Assert.Equal(1, summary.Count(ArticleOutcome.Briefed));
        Assert.Equal(1, summary.SourceFailures);
        Assert.Contains($"- **{server.Url("/feed.xml")}**: Feed {server.Url("/feed.xml")} answered HTTP 503", bed.ReadDigest(".md"), StringComparison.Ordinal);
    }

    private static string Describe(RunSummary summary) =>
        string.Join("\n", summary.Articles.Select(a => $"{a.Source} {a.Outcome} {a.Reason}")) + $"\nsource failures: {summary.SourceFailures}";

    private static Dictionary<string, string?> FeedSettings(LocalHttpServer server, int maxItems) => new()
    {
        ["Briefing:Worker:Feeds:0:Url"] = server.Url("/feed.xml").ToString(),
        ["Briefing:Worker:Feeds:0:MaxItems"] = maxItems.ToString(CultureInfo.InvariantCulture),
    };

    private static async Task Serve(HttpContext context, ConcurrentQueue<string> requests, Func<int, string?> page)
    {
        var path = context.Request.Path.Value ?? "/";
        if (path == "/feed.xml")
        {
            var conditional = context.Request.Headers.IfNoneMatch.ToString();
            if (conditional == ETag)
            {
                requests.Enqueue($"GET {path} If-None-Match: {conditional} -> 304");
                context.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }

            requests.Enqueue($"GET {path}");
            context.Response.Headers.ETag = ETag;
            context.Response.ContentType = "application/rss+xml";
            await context.Response.WriteAsync(Rss(context.Request.Host.ToString()));
            return;
        }

        requests.Enqueue($"GET {path}");
        var html = int.TryParse(path.Replace("/story/", string.Empty, StringComparison.Ordinal), out var n) ? page(n) : null;
        if (html is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(html);
    }

    // Three items, oldest first in the document, so the cap must pick by date rather than by position.
    private static string Rss(string host) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>City news</title><link>http://{host}/</link><description>Local</description>
        <item><title>Story 1</title><link>http://{host}/story/1</link><guid>story-1</guid><pubDate>Sun, 01 Mar 2026 08:00:00 GMT</pubDate></item>
        <item><title>Story 2</title><link>http://{host}/story/2</link><guid>story-2</guid><pubDate>Sun, 01 Mar 2026 09:00:00 GMT</pubDate></item>
        <item><title>Story 3</title><link>http://{host}/story/3</link><guid>story-3</guid><pubDate>Sun, 01 Mar 2026 10:00:00 GMT</pubDate></item>
        </channel></rss>
        """;

    private static string StoryPage(int n) => $"""
        <html><head><title>Story {n}</title></head><body><article><h1>Story {n}</h1>
        <p>This is the first paragraph of story number {n}, which reports on the harbour district and its new ferry timetable.</p>
        <p>The second paragraph of story {n} adds that the ferry company expects more passengers in summer and will add boats.</p>
        <p>A third paragraph of story {n} quotes residents who welcome the change but worry about noise late in the evening.</p>
        </article></body></html>
        """;

    private static string BridgePage => """
        <html><head><title>Council closes the river bridge for repairs</title></head><body><article>
        <h1>Council closes the river bridge for repairs</h1>
        <p>The city council voted on Tuesday to close the old river bridge for six weeks of repairs, starting in May.</p>
        <p>Engineers found corroded steel in two of the bridge's supports during an inspection in January.</p>
        <p>Traffic will be diverted through the old town, and a free shuttle bus will run every ten minutes.</p>
        </article></body></html>
        """;
}
