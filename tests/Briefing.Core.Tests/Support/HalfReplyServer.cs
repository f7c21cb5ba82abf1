using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Briefing.Support;

/// <summary>A raw TCP chat-completions server on 127.0.0.1: the first <c>cuts</c> requests get the headers and part of the body, then the connection closes; later ones get <c>reply</c> whole.</summary>
/// <remarks>Kestrel cannot be made to cut a response after its headers reliably; a socket that simply closes can.</remarks>
public sealed class HalfReplyServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly string _reply;
    private readonly int _cuts;
    private readonly Task _loop;
    private int _requests;

    private HalfReplyServer(string reply, int cuts)
    {
        _reply = reply;
        _cuts = cuts;
        _listener.Start();
        _loop = AcceptAsync();
    }

    public Uri Endpoint => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/v1");

    public int RequestCount => Volatile.Read(ref _requests);

    public static HalfReplyServer Start(string completionJson, int cuts) => new(completionJson, cuts);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _loop.ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            await using var stream = client.GetStream();
            await ReadRequestAsync(stream);
            var cut = Interlocked.Increment(ref _requests) <= _cuts;
            var body = Encoding.UTF8.GetBytes(_reply);
            var head = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n");
            await stream.WriteAsync(head, _stop.Token);
            await stream.WriteAsync(cut ? body.AsMemory(0, body.Length / 3) : body, _stop.Token);
            await stream.FlushAsync(_stop.Token);
            client.Client.Shutdown(SocketShutdown.Both);
        }
    }

    // Reads the headers, then as many body bytes as Content-Length announces.
    private async Task ReadRequestAsync(NetworkStream stream)
    {
        var received = new List<byte>();
        var buffer = new byte[8192];
        int headerEnd;
        while ((headerEnd = IndexOfBlankLine(received)) < 0)
        {
            var read = await stream.ReadAsync(buffer, _stop.Token);
            if (read == 0)
            {
                return;
            }

            received.AddRange(buffer.AsSpan(0, read));
        }

        var headers = Encoding.ASCII.GetString(received.GetRange(0, headerEnd).ToArray());
        var lengthLine = headers.Split("\r\n").FirstOrDefault(l => l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
        var length = lengthLine is null ? 0 : int.Parse(lengthLine["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        var bodyBytes = received.Count - (headerEnd + 4);
        while (bodyBytes < length)
        {
            var read = await stream.ReadAsync(buffer, _stop.Token);
            if (read == 0)
            {
                return;
            }

            bodyBytes += read;
        }
    }

    private static int IndexOfBlankLine(List<byte> bytes)
    {
        for (var i = 0; i + 3 < bytes.Count; i++)
        {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n' && bytes[i + 2] == '\r' && bytes[i + 3] == '\n')
            {
                return i;
            }
        }

        return -1;
    }
}
