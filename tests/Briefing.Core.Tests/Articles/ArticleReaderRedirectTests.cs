using Briefing.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Articles;

/// <summary>The reader as registered: redirects are checked hop by hop, and a body cut short is a fetch failure.</summary>
public sealed class ArticleReaderRedirectTests : IDisposable
{
    private readonly ServiceProvider _services = TestPipeline.Create();

    [Theory]
    [InlineData("file:///etc/passwd", "file")]
    [InlineData("javascript:alert(1)", "javascript")]
    [InlineData("ftp://127.0.0.1/story", "ftp")]
    public async Task ReadAsync_RedirectToNonWebAddress_IsRefusedAsFetchFailure(string target, string scheme)
    {
        await using var server = await LoopbackHttpServer.StartAsync(c => Redirect(c, target));
        var url = server.Url("/story");

        var error = await Assert.ThrowsAsync<ArticleException>(() => Reader().ReadAsync(new ArticleInput(url.ToString()), default));

        Assert.Equal(ArticleErrorKind.FetchFailed, error.Kind);
        Assert.Equal($"Fetching {url} refused: it redirects to a non-web address ({scheme}:), and only http and https pages are fetched.", error.Message);
    }

    [Fact]
    public async Task ReadAsync_RelativeRedirect_IsFollowedToThePage()
    {
        await using var server = await LoopbackHttpServer.StartAsync(c => c.Request.Path == "/final"
            ? Page(c, "<html><body><p>Here.</p></body></html>")
            : Redirect(c, "/final"));

        var raw = await Reader().ReadAsync(new ArticleInput(server.Url("/old").ToString()), default);

        Assert.Contains("<p>Here.</p>", System.Text.Encoding.UTF8.GetString(raw.Content.Span), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_RedirectLoop_StopsAfterTheLimit()
    {
        var hops = 0;
        await using var server = await LoopbackHttpServer.StartAsync(c =>
        {
            Interlocked.Increment(ref hops);
            return Redirect(c, "/again");
        });
        var url = server.Url("/again");

        var error = await Assert.ThrowsAsync<ArticleException>(() => Reader().ReadAsync(new ArticleInput(url.ToString()), default));

        Assert.Equal($"Fetching {url} failed: it redirected more than 10 times.", error.Message);
        Assert.Equal(11, hops);
    }

    [Fact]
    public async Task ReadAsync_ConnectionCutMidBody_IsFetchFailureSayingSo()
    {
        await using var server = new CutConnectionServer("text/html", "<html><body><p>The council approved");
        var url = server.Url("/story");

        var error = await Assert.ThrowsAsync<ArticleException>(() => Reader().ReadAsync(new ArticleInput(url.ToString()), default));

        Assert.Equal(ArticleErrorKind.FetchFailed, error.Kind);
        Assert.Equal($"Fetching {url} failed: the connection was cut while reading the page; try again later.", error.Message);
    }

    [Theory]
    [InlineData("ftp://127.0.0.1/story.html", "ftp")]
    [InlineData("javascript:alert(1)", "javascript")]
    [InlineData("data:text/html,<p>hi</p>", "data")]
    public async Task ReadAsync_NonWebAddressGivenDirectly_IsRefusedNamingTheScheme(string location, string scheme)
    {
        var error = await Assert.ThrowsAsync<ArticleException>(() => Reader().ReadAsync(new ArticleInput(location), default));

        Assert.Equal(ArticleErrorKind.FetchFailed, error.Kind);
        Assert.Equal($"'{location}' is a {scheme}: address; only http and https URLs are fetched (or pass a file path or '-' for stdin).", error.Message);
    }

    public void Dispose() => _services.Dispose();

    private ArticleReader Reader() => _services.GetRequiredService<ArticleReader>();

    private static Task Redirect(HttpContext context, string location)
    {
        context.Response.StatusCode = 302;
        context.Response.Headers.Location = location;
        return Task.CompletedTask;
    }

    private static Task Page(HttpContext context, string html)
    {
        context.Response.ContentType = "text/html";
        return context.Response.WriteAsync(html);
    }
}
