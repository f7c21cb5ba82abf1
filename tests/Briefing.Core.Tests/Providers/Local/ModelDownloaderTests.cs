using System.Security.Cryptography;
using Briefing.Briefings;
using Briefing.Support;

namespace Briefing.Providers.Local;

public sealed class ModelDownloaderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"briefing-models-{Guid.NewGuid():N}");
    private readonly byte[] _model = FakeGguf(300_000);

    private string Destination => Path.Combine(_folder, "model.gguf");

    private string Partial => Destination + LocalModelStore.PartialSuffix;

    private string Sha256 => Convert.ToHexStringLower(SHA256.HashData(_model));

    [Fact]
    public async Task DownloadAsync_WholeFile_InstallsItAndReportsItsChecksum()
    {
        await using var server = await ModelFileServer.StartAsync(_model);
        var progress = new List<DownloadProgress>();
        using var http = new HttpClient();

        var result = await new ModelDownloader(http).DownloadAsync(server.Url(), Destination, Sha256, new SyncProgress(progress.Add), CancellationToken.None);

        Assert.Equal(_model, await File.ReadAllBytesAsync(Destination));
        Assert.Equal(Sha256, result.Sha256);
        Assert.True(result.Verified);
        Assert.False(result.Resumed);
        Assert.False(File.Exists(Partial));
        Assert.Equal(new DownloadProgress(_model.Length, _model.Length), progress[^1]);
        Assert.Equal([null], server.Ranges);
    }

    [Fact]
    public async Task DownloadAsync_InterruptedThenRepeated_ResumesWithARangeRequest()
    {
        await using var server = await ModelFileServer.StartAsync(_model, abortFirstResponseAfter: 120_000);
        using var http = new HttpClient();
        var downloader = new ModelDownloader(http);

        var error = await Assert.ThrowsAsync<ModelException>(() => downloader.DownloadAsync(server.Url(), Destination, Sha256, null, CancellationToken.None));
        Assert.Contains("run the same pull again to resume", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Destination));
        var kept = new FileInfo(Partial).Length;
        Assert.InRange(kept, 1, 120_000);

        var result = await downloader.DownloadAsync(server.Url(), Destination, Sha256, null, CancellationToken.None);

        Assert.True(result.Resumed);
        Assert.Equal(_model, await File.ReadAllBytesAsync(Destination));
        Assert.Equal([null, $"bytes={kept}-"], server.Ranges);
        Assert.False(File.Exists(Partial));
    }

    [Fact]
    public async Task DownloadAsync_ServerWithoutRangeSupport_StartsOverAndStillInstalls()
    {
        await using var server = await ModelFileServer.StartAsync(_model, abortFirstResponseAfter: 50_000, supportsRanges: false);
        using var http = new HttpClient();
        var downloader = new ModelDownloader(http);
        await Assert.ThrowsAsync<ModelException>(() => downloader.DownloadAsync(server.Url(), Destination, null, null, CancellationToken.None));

        var result = await downloader.DownloadAsync(server.Url(), Destination, null, null, CancellationToken.None);

        Assert.False(result.Resumed);
        Assert.False(result.Verified);
        Assert.Equal(_model, await File.ReadAllBytesAsync(Destination));
    }

    [Fact]
    public async Task DownloadAsync_PartialFileLongerThanTheModel_StartsOver()
    {
        await using var server = await ModelFileServer.StartAsync(_model);
        Directory.CreateDirectory(_folder);
        await File.WriteAllBytesAsync(Partial, new byte[_model.Length + 10]);
        using var http = new HttpClient();

        var result = await new ModelDownloader(http).DownloadAsync(server.Url(), Destination, Sha256, null, CancellationToken.None);

        Assert.True(result.Verified);
        Assert.Equal([$"bytes={_model.Length + 10}-", null], server.Ranges);
    }

    [Fact]
    public async Task DownloadAsync_ChecksumMismatch_IsRejectedAndLeavesNoFile()
    {
        await using var server = await ModelFileServer.StartAsync(_model);
        using var http = new HttpClient();
        var wrong = new string('0', 64);

        var error = await Assert.ThrowsAsync<ModelException>(() => new ModelDownloader(http).DownloadAsync(server.Url(), Destination, wrong, null, CancellationToken.None));

        Assert.Contains("Checksum mismatch", error.Message, StringComparison.Ordinal);
        Assert.Contains(Sha256, error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Destination));
        Assert.False(File.Exists(Partial));
    }

    [Fact]
    public async Task DownloadAsync_NotAGgufFile_IsRejectedAndLeavesNoFile()
    {
        await using var server = await ModelFileServer.StartAsync("<html>login page</html>"u8.ToArray());
        using var http = new HttpClient();

        var error = await Assert.ThrowsAsync<ModelException>(() => new ModelDownloader(http).DownloadAsync(server.Url(), Destination, null, null, CancellationToken.None));

        Assert.Contains("did not return a GGUF model file", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Destination));
        Assert.False(File.Exists(Partial));
    }

    [Fact]
    public async Task DownloadAsync_HttpError_SaysWhichStatus()
    {
        await using var server = await ModelFileServer.StartAsync(_model);
        using var http = new HttpClient();

        var error = await Assert.ThrowsAsync<ModelException>(() => new ModelDownloader(http).DownloadAsync(server.Url("missing.gguf"), Destination, null, null, CancellationToken.None));

        Assert.Contains("HTTP 404", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Destination));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static byte[] FakeGguf(int length)
    {
        var bytes = new byte[length];
        new Random(7).NextBytes(bytes);
        "GGUF"u8.CopyTo(bytes);
        return bytes;
    }

    /// <summary>Progress&lt;T&gt; posts to the thread pool; the test needs every report before it asserts.</summary>
    private sealed class SyncProgress(Action<DownloadProgress> report) : IProgress<DownloadProgress>
    {
        public void Report(DownloadProgress value) => report(value);
    }
}
