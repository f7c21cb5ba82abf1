using System.Text;
using Briefing.Articles;
using Briefing.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Sources;

/// <summary>The feed reader as registered, against hostile feed servers on 127.0.0.1.</summary>
public sealed class FeedReaderTests : IDisposable
{
    private const string Item = "<item><title>Budget</title><link>http://127.0.0.1/story/1</link><guid>1</guid></item>";

    private readonly ServiceProvider _services = TestPipeline.Create(settings: new Dictionary<string, string?> { ["Briefing:Ingest:MaxArticleBytes"] = "65536" });

    [Fact]
    public async Task ReadAsync_FeedRedirectsToFile_IsRefusedAsFetchFailure()
    {
        await using var server = await LoopbackHttpServer.StartAsync(c =>
        {
            c.Response.StatusCode = 301;
            c.Response.Headers.Location = "file:///etc/passwd";
            return Task.CompletedTask;
        });
        var url = server.Url("/feed.xml");

        var error = await Assert.ThrowsAsync<ArticleException>(() => Reader().ReadAsync(url, null, 10, default));

        Assert.Equal(ArticleErrorKind.FetchFailed, error.Kind);
        Assert.Equal($"Fetching {url} refused: it redirects to a non-web address (file:), and only http and https pages are fetched.", error.Message);
    }

    [Fact]
    public async Task ReadAsync_ConnectionCutMidFeed_IsFetchFailureSayingSo()
    {
        await using var server = new CutConnectionServer("application/rss+xml", "<rss version=\"2.0\"><channel><title>News</title>" + Item);
        var url = server.Url("/feed.xml");

        var error = await Assert.ThrowsAsync<ArticleException>(() => Reader().ReadAsync(url, null, 10, default));

        Assert.Equal(ArticleErrorKind.FetchFailed, error.Kind);
        Assert.Equal($"Fetching feed {url} failed: the connection was cut while reading the feed; try again later.", error.Message);
    }

    [Fact]
    public async Task ReadAsync_ItemsWithNonWebOrNoLinks_NonWebAreKeptToFailAsItemsAndLinklessAreRefused()
    {
        const string Feed = """
            <rss version="2.0"><channel><title>News</title>
            <item><title>Passwords</title><link>file:///etc/passwd</link><guid isPermaLink="false">a</guid></item>
            <item><title>Script</title><link>javascript:alert(1)</link><guid isPermaLink="false">b</guid></item>
            <item><title>Nowhere</title><guid isPermaLink="false">c</guid></item>
            <item><title>Budget</title><link>http://127.0.0.1/story/1</link><guid>1</guid></item>
            </channel></rss>
            """;
        await using var server = await LoopbackHttpServer.StartAsync(c => Xml(c, Feed));
        var url = server.Url("/feed.xml");

        var response = await Reader().ReadAsync(url, null, 10, default);

        // A non-web link stays an item so the worker fails it once, with its reason, and remembers it.
        Assert.Equal(["Budget", "Passwords", "Script"], response.Items.Select(i => i.Title).Order(StringComparer.Ordinal));
        Assert.Equal(
            [$"Feed {url}: the item 'Nowhere' has no usable link, so there is no page to brief."],
            response.Refused.Select(r => r.Reason));
    }

    [Fact]
    public async Task ReadAsync_FeedServerDown_SaysItCouldNotBeReached()
    {
        var url = new Uri($"http://127.0.0.1:{UnusedPort()}/feed.xml");

        var error = await Assert.ThrowsAsync<ArticleException>(() => Reader().ReadAsync(url, null, 10, default));

        Assert.Equal($"Fetching feed {url} failed: the server could not be reached (connection refused or dropped).", error.Message);
    }

    [Fact]
    public async Task ReadAsync_EndlessFeedWithoutLength_StopsAtTheSizeLimit()
    {
        long written = 0;
        await using var server = await LoopbackHttpServer.StartAsync(async c =>
        {
            c.Response.ContentType = "application/rss+xml";
            await c.Response.WriteAsync("<rss version=\"2.0\"><channel><title>News</title>", c.RequestAborted);
            var chunk = string.Concat(Enumerable.Repeat(Item, 100));
            while (!c.RequestAborted.IsCancellationRequested && Interlocked.Read(ref written) < 256 * 1024 * 1024)
            {
                await c.Response.WriteAsync(chunk, c.RequestAborted);
                Interlocked.Add(ref written, chunk.Length);
            }
        });

        var error = await Assert.ThrowsAsync<ArticleException>(() => Reader().ReadAsync(server.Url("/feed.xml"), null, 10, default));

        Assert.True(error.Kind == ArticleErrorKind.TooLarge, error.Message);
        // Socket buffers let the server run ahead of the reader by some megabytes; reading the whole body would take all 256.
        Assert.True(Interlocked.Read(ref written) < 64 * 1024 * 1024, $"the server wrote {written} bytes before the reader stopped");
    }

    [Fact]
    public async Task ReadAsync_FeedWithEntityExpansion_IsRefusedNotExpanded()
    {
        const string Feed = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
            <rss version="2.0"><channel><title>&c;</title></channel></rss>
            """;
        await using var server = await LoopbackHttpServer.StartAsync(c => Xml(c, Feed));

        var error = await Assert.ThrowsAsync<ArticleException>(() => Reader().ReadAsync(server.Url("/feed.xml"), null, 10, default));

        Assert.Equal(ArticleErrorKind.UnsupportedContent, error.Kind);
    }

    [Fact]
    public async Task ReadAsync_ItemWithExtensionNestedHundredThousandDeep_IsReadWithoutOverflow()
    {
        using var services = TestPipeline.Create();
        var deep = string.Concat(Enumerable.Repeat("<x>", 100_000)) + string.Concat(Enumerable.Repeat("</x>", 100_000));
        var feed = "<rss version=\"2.0\"><channel><title>News</title><item><title>Deep</title><link>http://127.0.0.1/1</link>"
            + deep + "</item>" + Item + "</channel></rss>";
        await using var server = await LoopbackHttpServer.StartAsync(c => Xml(c, feed));

        // The syndication reader buffers unknown elements without recursing, so depth alone costs a linear read.
        var response = await services.GetRequiredService<FeedReader>().ReadAsync(server.Url("/feed.xml"), null, 10, default);

        Assert.Equal(["Deep", "Budget"], response.Items.Select(i => i.Title).Order(StringComparer.Ordinal).Reverse());
    }

    public void Dispose() => _services.Dispose();

    private static int UnusedPort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private FeedReader Reader() => _services.GetRequiredService<FeedReader>();

    private static Task Xml(HttpContext context, string body)
    {
        context.Response.ContentType = "application/rss+xml";
        return context.Response.WriteAsync(body, Encoding.UTF8);
    }
}
