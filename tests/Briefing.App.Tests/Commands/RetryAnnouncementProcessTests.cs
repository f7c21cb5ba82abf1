using System.Net;
using System.Net.Sockets;
using System.Text;
using Briefing.Support;

namespace Briefing.Commands;

/// <summary>Retry waits through the built executable: announced with --verbose, kept out of a script's stderr otherwise.</summary>
public sealed class RetryAnnouncementProcessTests : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _server;

    public RetryAnnouncementProcessTests()
    {
        _listener.Start();
        _server = ServeRateLimitedAsync();
    }

    private string Endpoint => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/v1";

    [Fact]
    public async Task Brief_RateLimitedWithVerbose_AnnouncesEachWaitThenFailsInOneLine()
    {
        var (exitCode, _, error) = await BriefingProcess.RunAsync(
            RepositoryPaths.Root, null, "brief", "samples/lavrov-talks.txt", "--provider", "openai-compatible", "--model", "m", "--endpoint", Endpoint, "--no-cache", "--verbose");

        Assert.Equal(7, exitCode);
        var lines = error.TrimEnd('\n').Split('\n');
        Assert.Equal(3, lines.Count(l => l.Contains("The model provider answered with HTTP 429; retrying in 1 s", StringComparison.Ordinal)));
        Assert.Equal("briefing: Rate limited by the provider (HTTP 429); retry after 1 s.", lines[^1]);
    }

    [Fact]
    public async Task Brief_RateLimitedWithStderrCaptured_PrintsOnlyTheOutcome()
    {
        var (exitCode, _, error) = await BriefingProcess.RunAsync(
            RepositoryPaths.Root, null, "brief", "samples/lavrov-talks.txt", "--provider", "openai-compatible", "--model", "m", "--endpoint", Endpoint, "--no-cache");

        Assert.Equal(7, exitCode);
        Assert.Equal("briefing: Rate limited by the provider (HTTP 429); retry after 1 s.", error.TrimEnd('\n'));
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _server.ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }

    // Every request gets 429 with Retry-After: 1, whatever it asked.
    private async Task ServeRateLimitedAsync()
    {
        var body = Encoding.UTF8.GetBytes("""{"error":{"message":"slow down","type":"rate_limit_error"}}""");
        var head = Encoding.ASCII.GetBytes($"HTTP/1.1 429 Too Many Requests\r\nRetry-After: 1\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n");
        while (!_stop.IsCancellationRequested)
        {
            using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            await using var stream = client.GetStream();
            await ReadHeadAndBodyAsync(stream);
            await stream.WriteAsync(head, _stop.Token);
            await stream.WriteAsync(body, _stop.Token);
            client.Client.Shutdown(SocketShutdown.Both);
        }
    }

    private async Task ReadHeadAndBodyAsync(NetworkStream stream)
    {
        var received = new List<byte>();
        var buffer = new byte[16_384];
        var length = -1;
        var headEnd = -1;
        while (headEnd < 0 || received.Count - headEnd < length)
        {
            var read = await stream.ReadAsync(buffer, _stop.Token);
            if (read == 0)
            {
                return;
            }

            received.AddRange(buffer.AsSpan(0, read));
            if (headEnd < 0 && Encoding.ASCII.GetString([.. received]).IndexOf("\r\n\r\n", StringComparison.Ordinal) is var end and >= 0)
            {
                headEnd = end + 4;
                var head = Encoding.ASCII.GetString([.. received], 0, end);
                var line = head.Split("\r\n").FirstOrDefault(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
                length = line is null ? 0 : int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }
    }
}
