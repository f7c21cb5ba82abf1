using Briefing.Support;
using Briefing.Worker;
using Microsoft.AspNetCore.Http;

namespace Briefing.Sources;

/// <summary>Hostile feed items against a real server on 127.0.0.1: each is its own failure and the good item is still briefed.</summary>
public sealed class FeedSourceFaultTests
{
    [Fact]
    public async Task RunAsync_HostileItems_EachIsListedWithItsReasonAndTheGoodItemIsBriefed()
    {
        await using var server = await LocalHttpServer.StartAsync(HostileFeed.Serve);
        using var bed = new WorkerTestbed();
        var settings = new Dictionary<string, string?>
        {
            ["Briefing:Worker:Feeds:0:Url"] = server.Url("/feed.xml").ToString(),
            ["Briefing:Worker:Feeds:0:MaxItems"] = "10",
        };

        var summary = await bed.RunAsync(settings);

        Assert.True(summary.Count(ArticleOutcome.Briefed) == 1, Describe(summary));
        var settled = summary.Articles.Where(a => a.Outcome is ArticleOutcome.Failed or ArticleOutcome.Pending).ToDictionary(a => a.Source);
        Assert.Equal(4, settled.Count);
        Assert.Equal("The feed item's link 'javascript:alert(1)' is not an http(s) web page; only web pages are fetched.", settled["javascript:alert(1)"].Reason);
        Assert.Equal("The feed item's link 'file:///etc/passwd' is not an http(s) web page; only web pages are fetched.", settled["file:///etc/passwd"].Reason);
        Assert.NotNull(settled[server.Url("/redirect").ToString()].Reason);
        Assert.NotNull(settled[server.Url("/cut").ToString()].Reason);
        Assert.All(settled.Values, a => Assert.DoesNotContain("   at ", a.Reason, StringComparison.Ordinal));
        Assert.DoesNotContain("root:", string.Join('\n', settled.Values.Select(a => a.Reason)), StringComparison.Ordinal);
        var digest = bed.ReadDigest(".md");
        Assert.Contains("- **javascript:alert(1)**: The feed item's link", digest, StringComparison.Ordinal);
        Assert.Contains("- **file:///etc/passwd**: The feed item's link", digest, StringComparison.Ordinal);
        Assert.Contains($"**{server.Url("/cut")}**", digest, StringComparison.Ordinal);
        Assert.Contains($"**{server.Url("/redirect")}**", digest, StringComparison.Ordinal);

        // Links that are not web pages are quarantined once, not listed again by every later pass.
        var again = await bed.RunAsync(settings);

        Assert.DoesNotContain(again.Articles, a => a.Source is "javascript:alert(1)" or "file:///etc/passwd");
    }

    [Fact]
    public async Task RunAsync_FeedCutMidBody_IsListedAsAnUnreadableFeedAndTheInboxIsStillBriefed()
    {
        await using var server = await LocalHttpServer.StartAsync(async context =>
        {
            context.Response.ContentType = "application/rss+xml";
            context.Response.ContentLength = 100_000;
            await context.Response.WriteAsync("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Cut</title>");
            await context.Response.Body.FlushAsync();
            context.Abort();
        });
        using var bed = new WorkerTestbed();
        bed.AddSample();

        var summary = await bed.RunAsync(new Dictionary<string, string?> { ["Briefing:Worker:Feeds:0:Url"] = server.Url("/feed.xml").ToString() });

        Assert.Equal(1, summary.Count(ArticleOutcome.Briefed));
        Assert.Equal(1, summary.SourceFailures);
        var line = bed.ReadDigest(".md").Split('\n').Single(l => l.StartsWith($"- **{server.Url("/feed.xml")}**: ", StringComparison.Ordinal));
        Assert.DoesNotContain("Exception", line, StringComparison.Ordinal);
        Assert.DoesNotContain("An error occurred while sending the request", line, StringComparison.Ordinal);
    }

    private static string Describe(RunSummary summary) =>
        string.Join("\n", summary.Articles.Select(a => $"{a.Source} {a.Outcome} {a.Reason}")) + $"\nsource failures: {summary.SourceFailures}";
}
