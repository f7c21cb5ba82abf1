using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Briefing.App.Commands;

/// <summary><c>briefing model pull|list</c> run in-process against a real HTTP server on 127.0.0.1.</summary>
public sealed class ModelCommandTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"briefing-cli-models-{Guid.NewGuid():N}");
    private readonly byte[] _model = [.. "GGUF"u8, .. Enumerable.Range(0, 50_000).Select(i => (byte)(i * 7))];
    private WebApplication? _server;

    private string Sha256 => Convert.ToHexStringLower(SHA256.HashData(_model));

    private string Url => new Uri(new Uri(_server!.Urls.First()), "/files/tiny-test.gguf").ToString();

    [Fact]
    public async Task Pull_UrlWithChecksum_InstallsAndListShowsIt()
    {
        var (code, output, _) = await RunAsync("model", "pull", Url, "--sha256", Sha256, "--dir", _folder);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains($"SHA-256 {Sha256} (verified)", output, StringComparison.Ordinal);
        Assert.Equal(_model, await File.ReadAllBytesAsync(Path.Combine(_folder, "tiny-test.gguf")));

        var (listCode, list, _) = await RunAsync("model", "list", "--dir", _folder);
        Assert.Equal(ExitCodes.Success, listCode);
        Assert.Contains("tiny-test", list, StringComparison.Ordinal);
        Assert.Contains("qwen2.5-1.5b-instruct", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pull_WithoutChecksum_SaysItIsNotVerified()
    {
        var (code, output, _) = await RunAsync("model", "pull", Url, "--dir", _folder);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains($"SHA-256 {Sha256} (NOT verified", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pull_ChecksumMismatch_FailsAndInstallsNothing()
    {
        var (code, _, error) = await RunAsync("model", "pull", Url, "--sha256", new string('a', 64), "--dir", _folder);

        Assert.Equal(ExitCodes.ModelFailed, code);
        Assert.Contains("Checksum mismatch", error, StringComparison.Ordinal);
        Assert.Empty(Directory.Exists(_folder) ? Directory.GetFiles(_folder) : []);
    }

    [Theory]
    [InlineData("no-such-model")]
    [InlineData("https://example.invalid/model.bin")]
    public async Task Pull_UnknownModel_IsAUsageError(string model)
    {
        var (code, _, error) = await RunAsync("model", "pull", model, "--dir", _folder);

        Assert.Equal(ExitCodes.Usage, code);
        Assert.Contains("unknown model", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_EmptyFolder_SaysNothingIsInstalled()
    {
        var (code, output, _) = await RunAsync("model", "list", "--dir", _folder);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("No models installed.", output, StringComparison.Ordinal);
    }

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _server = builder.Build();
        _server.MapGet("/files/tiny-test.gguf", () => Results.Bytes(_model, "application/octet-stream", enableRangeProcessing: true));
        await _server.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await BriefingCli.Create().Parse(args).InvokeAsync(new System.CommandLine.InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }
}
