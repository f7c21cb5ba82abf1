using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Briefing.Support;

/// <summary>An OpenAI-compatible chat-completions server on 127.0.0.1 (ephemeral port) that answers from a script, one reply per request.</summary>
/// <remarks>Past the end of the script the last reply repeats. It also says whether a request is in progress, so tests can move a fake clock only while the client waits.</remarks>
public sealed class ScriptedChatServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ServerReply[] _script;
    private int _requests;
    private int _busy;
    private int _parked;
    private int _parkedIndex = -1;
    private long _parkedAt;

    private ScriptedChatServer(WebApplication app, ServerReply[] script)
    {
        _app = app;
        _script = script;
    }

    /// <summary>The base URL to configure as Briefing:Model:Endpoint.</summary>
    public Uri Endpoint { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Every request body, in arrival order.</summary>
    public ConcurrentQueue<JsonElement> Received { get; } = new();

    public int RequestCount => Volatile.Read(ref _requests);

    /// <summary>True while a handler is working on a request (not while it is deliberately holding one).</summary>
    public bool IsBusy => Volatile.Read(ref _busy) > 0;

    /// <summary>Requests held open by <see cref="ServerReply.Hang"/>.</summary>
    public int Parked => Volatile.Read(ref _parked);

    /// <summary>When the most recent request was parked (a Stopwatch timestamp), or null when it is not being held.</summary>
    public long? LatestParkedAt
    {
        get
        {
            var index = Volatile.Read(ref _parkedIndex);
            return index >= 0 && index == RequestCount - 1 ? Interlocked.Read(ref _parkedAt) : null;
        }
    }

    public static async Task<ScriptedChatServer> StartAsync(params ServerReply[] script)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new ScriptedChatServer(app, script);
        app.MapPost("/v1/chat/completions", server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server.Endpoint = new Uri(address.TrimEnd('/') + "/v1");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(stop.Token);
        await _app.DisposeAsync();
    }

    internal async Task ParkUntilAbortedAsync(HttpContext context)
    {
        var index = (int)context.Items["index"]!;
        Interlocked.Exchange(ref _parkedAt, System.Diagnostics.Stopwatch.GetTimestamp());
        Volatile.Write(ref _parkedIndex, index);
        Interlocked.Increment(ref _parked);
        Interlocked.Decrement(ref _busy);
        try
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            // The client gave up, which is what a hanging reply is for.
        }
        finally
        {
            Interlocked.Increment(ref _busy);
            Interlocked.CompareExchange(ref _parkedIndex, -1, index);
            Interlocked.Decrement(ref _parked);
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref _busy);
        try
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            var index = Interlocked.Increment(ref _requests) - 1;
            context.Items["index"] = index;
            Received.Enqueue(body.RootElement.Clone());
            var stream = body.RootElement.TryGetProperty("stream", out var s) && s.ValueKind == JsonValueKind.True;
            await _script[Math.Min(index, _script.Length - 1)].Write(context, stream, this);
        }
        finally
        {
            Interlocked.Decrement(ref _busy);
        }
    }
}
