using System.Collections.Concurrent;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Briefing.Support;

/// <summary>A real HTTP server on 127.0.0.1 that serves one file with Range support and can break off the first response.</summary>
public sealed class ModelFileServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _responses;

    private ModelFileServer(WebApplication app) => _app = app;

    public required byte[] Content { get; init; }

    /// <summary>When set, the first response sends this many bytes of the body and then drops the connection.</summary>
    public int? AbortFirstResponseAfter { get; init; }

    /// <summary>When false the server ignores Range and always sends the whole file (status 200).</summary>
    public bool SupportsRanges { get; init; } = true;

    /// <summary>The Range header of every request, null where there was none.</summary>
    public ConcurrentQueue<string?> Ranges { get; } = new();

    public Uri Url(string fileName = "model.gguf") => new(new Uri(_app.Urls.First()), $"/files/{fileName}");

    public static async Task<ModelFileServer> StartAsync(byte[] content, int? abortFirstResponseAfter = null, bool supportsRanges = true)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new ModelFileServer(app) { Content = content, AbortFirstResponseAfter = abortFirstResponseAfter, SupportsRanges = supportsRanges };
        app.MapGet("/files/missing.gguf", () => Results.NotFound());
        app.MapGet("/files/{name}", server.ServeAsync);
        await app.StartAsync();
        return server;
    }

    private async Task ServeAsync(HttpContext context)
    {
        var range = context.Request.Headers.Range.ToString();
        Ranges.Enqueue(string.IsNullOrEmpty(range) ? null : range);
        var first = Interlocked.Increment(ref _responses) == 1;
        var start = 0L;
        if (SupportsRanges && RangeHeaderValue.TryParse(range, out var parsed) && parsed.Ranges.First().From is { } from)
        {
            start = from;
            if (start >= Content.Length)
            {
                context.Response.StatusCode = StatusCodes.Status416RangeNotSatisfiable;
                return;
            }

            context.Response.StatusCode = StatusCodes.Status206PartialContent;
            context.Response.Headers.ContentRange = $"bytes {start}-{Content.Length - 1}/{Content.Length}";
        }

        context.Response.ContentLength = Content.Length - start;
        var body = Content.AsMemory((int)start);
        if (first && AbortFirstResponseAfter is { } cut)
        {
            await context.Response.Body.WriteAsync(body[..cut]);
            await context.Response.Body.FlushAsync();
            context.Abort();
            return;
        }

        await context.Response.Body.WriteAsync(body);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
