using System.Net;
using System.Net.Sockets;
using System.Text;
using Briefing.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Briefing.Articles;

public sealed class ArticleReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("briefing-reader-").FullName;
    private readonly HttpClient _http = new(HttpRedirects.Handler());

    [Fact]
    public async Task ReadAsync_MissingFile_ThrowsNotFound()
    {
        var error = await Assert.ThrowsAsync<ArticleException>(() => Reader().ReadAsync(new ArticleInput(Path.Combine(_folder, "nope.txt")), default));

        Assert.Equal(ArticleErrorKind.NotFound, error.Kind);
        Assert.Contains("File not found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_Directory_ThrowsNotFoundSayingItIsAFolder()
    {
        var error = await Assert.ThrowsAsync<ArticleException>(() => Reader().ReadAsync(new ArticleInput(_folder), default));

        Assert.Equal(ArticleErrorKind.NotFound, error.Kind);
        Assert.Contains("is a directory", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_FileOverLimit_ThrowsTooLarge()
    {
        var path = Path.Combine(_folder, "big.txt");
        await File.WriteAllTextAsync(path, new string('a', 2048));

        var error = await Assert.ThrowsAsync<ArticleException>(() => Reader(maxBytes: 1024).ReadAsync(new ArticleInput(path), default));

        Assert.Equal(ArticleErrorKind.TooLarge, error.Kind);
        Assert.Contains("MaxArticleBytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_FileOverLimitThatIsNotWholeKilobytes_StatesTheLimitInBytes()
    {
        var path = Path.Combine(_folder, "big.txt");
        await File.WriteAllTextAsync(path, new string('a', 2048));

        var error = await Assert.ThrowsAsync<ArticleException>(() => Reader(maxBytes: 1000).ReadAsync(new ArticleInput(path), default));

        Assert.Contains("larger than the 1,000-byte limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_StandardInputOverLimit_StopsReadingAndThrowsTooLarge()
    {
        var stream = new PositionRecordingStream(new byte[1024 * 1024]);

        var error = await Assert.ThrowsAsync<ArticleException>(() => Reader(maxBytes: 1024, stdin: stream).ReadAsync(new ArticleInput("-"), default));

        Assert.Equal(ArticleErrorKind.TooLarge, error.Kind);
        Assert.True(stream.PositionAtDispose < 1024 * 1024, "the reader should stop at the limit, not read everything");
    }

    [Fact]
    public async Task ReadAsync_StandardInput_ReadsAllBytes()
    {
        var raw = await Reader(stdin: new MemoryStream(Encoding.UTF8.GetBytes("Hello."))).ReadAsync(new ArticleInput("-"), default);

        Assert.Equal("stdin", raw.Source);
        Assert.Equal("Hello.", Encoding.UTF8.GetString(raw.Content.Span));
    }

    [Fact]
    public async Task ReadAsync_UrlWithHtml_ReturnsContentAndType()
    {
        await using var server = await LoopbackHttpServer.StartAsync(c => Respond(c, 200, "text/html; charset=utf-8", "<html><body><p>Hi</p></body></html>"));

        var raw = await Reader().ReadAsync(new ArticleInput(server.Url("/story").ToString()), default);

        Assert.Equal("text/html", raw.ContentType);
        Assert.Contains("<p>Hi</p>", Encoding.UTF8.GetString(raw.Content.Span), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_Url404_ThrowsFetchFailedWithStatus()
    {
        await using var server = await LoopbackHttpServer.StartAsync(c => Respond(c, 404, "text/html", "gone"));

        var error = await Assert.ThrowsAsync<ArticleException>(() => Reader().ReadAsync(new ArticleInput(server.Url("/missing").ToString()), default));

        Assert.Equal(ArticleErrorKind.FetchFailed, error.Kind);
        Assert.Contains("HTTP 404", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_UrlWithPdf_ThrowsUnsupportedContent()
    {
        await using var server = await LoopbackHttpServer.StartAsync(c => Respond(c, 200, "application/pdf", "%PDF-1.7"));

        var error = await Assert.ThrowsAsync<ArticleException>(() => Reader().ReadAsync(new ArticleInput(server.Url("/a.pdf").ToString()), default));

        Assert.Equal(ArticleErrorKind.UnsupportedContent, error.Kind);
        Assert.Contains("application/pdf", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_UrlSlowerThanTimeout_ThrowsFetchFailedTimedOut()
    {
        await using var server = await LoopbackHttpServer.StartAsync(async c =>
        {
            await Task.Delay(TimeSpan.FromSeconds(30), c.RequestAborted);
            await Respond(c, 200, "text/html", "late");
        });

        var error = await Assert.ThrowsAsync<ArticleException>(() =>
            Reader(timeout: TimeSpan.FromSeconds(1)).ReadAsync(new ArticleInput(server.Url("/slow").ToString()), default));

        Assert.Equal(ArticleErrorKind.FetchFailed, error.Kind);
        Assert.Contains("timed out after 1 s", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_ConnectionRefused_ThrowsFetchFailed()
    {
        var port = UnusedPort();

        var error = await Assert.ThrowsAsync<ArticleException>(() => Reader().ReadAsync(new ArticleInput($"http://127.0.0.1:{port}/x"), default));

        Assert.Equal(ArticleErrorKind.FetchFailed, error.Kind);
        Assert.Contains("could not be reached", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_UnresolvableHost_ThrowsFetchFailedNamingDns()
    {
        // The .invalid top-level domain is reserved and never resolves (RFC 2606).
        var error = await Assert.ThrowsAsync<ArticleException>(() =>
            Reader(timeout: TimeSpan.FromSeconds(10)).ReadAsync(new ArticleInput("http://briefing-test.invalid/story"), default));

        Assert.Equal(ArticleErrorKind.FetchFailed, error.Kind);
        Assert.Matches("could not be resolved|timed out", error.Message);
    }

    public void Dispose()
    {
        _http.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private ArticleReader Reader(long maxBytes = 2 * 1024 * 1024, Stream? stdin = null, TimeSpan? timeout = null) =>
        new(_http, Options.Create(new IngestOptions { MaxArticleBytes = maxBytes, FetchTimeout = timeout ?? TimeSpan.FromSeconds(10) }), stdin is null ? null : () => stdin);

    private static Task Respond(HttpContext context, int status, string contentType, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        return context.Response.WriteAsync(body);
    }

    private sealed class PositionRecordingStream(byte[] buffer) : MemoryStream(buffer)
    {
        public long PositionAtDispose { get; private set; }

        protected override void Dispose(bool disposing)
        {
            PositionAtDispose = Position;
            base.Dispose(disposing);
        }
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
