using Briefing.Support;
using Briefing.Worker;
using Microsoft.AspNetCore.Http;

namespace Briefing.Sources;

/// <summary>Feed items whose pages are hostile fail one by one; the pass goes on and the good item is briefed.</summary>
public sealed class HostileFeedItemTests
{
    private const string GoodPage = """
        <html><head><title>Ferry timetable changes</title></head><body><article><h1>Ferry timetable changes</h1>
        <p>The ferry company will add two boats to the harbour route in summer, when it expects more passengers than ever.</p>
        <p>Residents welcome the change but worry about noise late in the evening, the harbour council said on Monday.</p>
        </article></body></html>
        """;

    [Fact]
    public async Task RunAsync_FeedWithDeepRedirectingCutAndScriptItems_FailsEachAndBriefsTheGoodOne()
    {
        await using var server = await LoopbackHttpServer.StartAsync(Serve);
        using var bed = new WorkerTestbed();
        bed.AddSample();

        var summary = await bed.RunAsync(new Dictionary<string, string?> { ["Briefing:Worker:Feeds:0:Url"] = server.Url("/feed.xml").ToString() });

        var reasons = summary.Articles.ToDictionary(a => new Uri(a.Source, UriKind.RelativeOrAbsolute).IsAbsoluteUri ? new Uri(a.Source).AbsolutePath : a.Source, a => a);
        Assert.Equal(ArticleOutcome.Briefed, reasons["/good"].Outcome);
        Assert.Equal(ArticleOutcome.Briefed, Assert.Single(summary.Articles, a => a.Source.EndsWith("lavrov-talks.txt", StringComparison.Ordinal)).Outcome);
        Assert.Contains("more than 256 levels deep", Failed(reasons["/deep"]), StringComparison.Ordinal);
        Assert.Contains("redirects to a non-web address (file:)", Failed(reasons["/redirect"]), StringComparison.Ordinal);
        // Kestrel resets the connection, which the client may see before or after the headers: both are a cut connection,
        // the network's fault, so the item waits for the next pass.
        var cut = reasons["/cut"];
        Assert.Equal(ArticleOutcome.Pending, cut.Outcome);
        Assert.True(cut.Reason?.Contains("the connection was cut", StringComparison.Ordinal) == true, cut.Reason);
        Assert.Equal(0, summary.SourceFailures);
        Assert.Contains("- **javascript:alert(1)**: The feed item's link 'javascript:alert(1)' is not an http(s) web page", bed.ReadDigest(".md"), StringComparison.Ordinal);
        Assert.DoesNotContain(summary.Articles, a => a.Reason?.Contains("   at ", StringComparison.Ordinal) == true);
    }

    private static string Failed(ArticleReport report)
    {
        Assert.Equal(ArticleOutcome.Failed, report.Outcome);
        return report.Reason ?? string.Empty;
    }

    private static async Task Serve(HttpContext context)
    {
        var host = context.Request.Host.ToString();
        switch (context.Request.Path.Value)
        {
            case "/feed.xml":
                context.Response.ContentType = "application/rss+xml";
                await context.Response.WriteAsync($"""
                    <?xml version="1.0" encoding="utf-8"?>
                    <rss version="2.0"><channel><title>Harbour news</title><link>http://{host}/</link><description>Local</description>
                    <item><title>Deep</title><link>http://{host}/deep</link><guid>deep</guid></item>
                    <item><title>Redirect</title><link>http://{host}/redirect</link><guid>redirect</guid></item>
                    <item><title>Cut</title><link>http://{host}/cut</link><guid>cut</guid></item>
                    <item><title>Script</title><link>javascript:alert(1)</link><guid>script</guid></item>
                    <item><title>Good</title><link>http://{host}/good</link><guid>good</guid></item>
                    </channel></rss>
                    """);
                return;
            case "/deep":
                context.Response.ContentType = "text/html";
                await context.Response.WriteAsync(string.Concat(Enumerable.Repeat("<div>", 100_000)) + "<p>Text.</p>");
                return;
            case "/redirect":
                context.Response.StatusCode = StatusCodes.Status302Found;
                context.Response.Headers.Location = "file:///etc/passwd";
                return;
            case "/cut":
                context.Response.ContentType = "text/html";
                context.Response.ContentLength = 100_000;
                await context.Response.WriteAsync("<html><body><p>The ferry company");
                await context.Response.Body.FlushAsync();
                context.Abort();
                return;
            default:
                context.Response.ContentType = "text/html";
                await context.Response.WriteAsync(GoodPage);
                return;
        }
    }
}
