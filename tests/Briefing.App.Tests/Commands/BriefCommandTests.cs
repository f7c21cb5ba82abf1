using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Briefing.App;
using Briefing.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Commands;

public sealed class BriefCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("briefing-cli-").FullName;

    [Fact]
    public async Task Brief_SampleWithoutProvider_PrintsExtractiveMarkdown()
    {
        var (exitCode, output, error) = await Cli.RunAsync("brief", RepositoryPaths.Sample);

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, error);
        Assert.StartsWith("# Russian FM Lavrov advises Putin to continue Ukrainian talks with West", output, StringComparison.Ordinal);
        Assert.Contains("No model configured", output, StringComparison.Ordinal);
        Assert.Contains("## Key points", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brief_JsonFormat_PrintsTheDocumentedFields()
    {
        var (exitCode, output, _) = await Cli.RunAsync("brief", RepositoryPaths.Sample, "--format", "json", "--length", "short");

        Assert.Equal(0, exitCode);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("Russian FM Lavrov advises Putin to continue Ukrainian talks with West", root.GetProperty("title").GetString());
        Assert.Equal(3, root.GetProperty("key_points").GetArrayLength());
        Assert.Equal("extractive", root.GetProperty("engine").GetProperty("kind").GetString());
        Assert.True(root.TryGetProperty("generated_at", out _));
    }

    [Fact]
    public async Task Brief_OutputFile_WritesFileAndNothingToStdout()
    {
        var path = Path.Combine(_folder, "out", "briefing.txt");

        var (exitCode, output, _) = await Cli.RunAsync("brief", RepositoryPaths.Sample, "--format", "text", "--output", path);

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("Russian FM Lavrov", await File.ReadAllTextAsync(path), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brief_FakeProvider_LabelsTheOutputAsFake()
    {
        var reply = await Write("reply.json", """{"briefing":"Talks go on.","key_points":["Lavrov advised more talks."]}""");

        var (exitCode, output, _) = await Cli.RunAsync(
            "brief", RepositoryPaths.Sample, "--provider", "fake", "--fake-reply", reply);

        Assert.Equal(0, exitCode);
        Assert.Contains("Talks go on.", output, StringComparison.Ordinal);
        Assert.Contains("Fake model", output, StringComparison.Ordinal);
        Assert.Contains("fake model (replayed reply)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brief_MissingFile_ExitsInputNotFound()
    {
        var (exitCode, output, error) = await Cli.RunAsync("brief", Path.Combine(_folder, "nope.txt"));

        Assert.Equal(3, exitCode);
        Assert.Equal(string.Empty, output);
        AssertOneLine(error, "briefing: File not found");
    }

    [Theory]
    [InlineData("empty.txt", new byte[0], "is empty")]
    [InlineData("blank.txt", new byte[] { 0x20, 0x0A, 0x09, 0x0A }, "only whitespace")]
    [InlineData("image.txt", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A }, "binary data")]
    [InlineData("latin1.txt", new byte[] { 0x43, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x70, 0x65, 0x6E, 0x2E }, "not valid UTF-8")]
    public async Task Brief_BadContent_ExitsInputInvalidWithOneLine(string name, byte[] bytes, string expected)
    {
        var path = Path.Combine(_folder, name);
        await File.WriteAllBytesAsync(path, bytes);

        var (exitCode, _, error) = await Cli.RunAsync("brief", path);

        Assert.Equal(4, exitCode);
        AssertOneLine(error, expected);
    }

    [Fact]
    public async Task Brief_ArticleOverLimit_ExitsTooLarge()
    {
        var path = await Write("huge.txt", string.Concat(Enumerable.Repeat("The council met again on Monday. ", 70_000)));

        var (exitCode, _, error) = await Cli.RunAsync("brief", path);

        Assert.Equal(5, exitCode);
        AssertOneLine(error, "larger than the 2,048 KB limit");
    }

    [Fact]
    public async Task Brief_UnreachableUrl_ExitsFetchFailed()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var (exitCode, _, error) = await Cli.RunAsync("brief", $"http://127.0.0.1:{port}/story");

        Assert.Equal(6, exitCode);
        AssertOneLine(error, "could not be reached");
    }

    [Fact]
    public async Task Brief_UnusableModelReply_ExitsModelFailed()
    {
        var reply = await Write("reply.txt", "I cannot help with that.");

        var (exitCode, _, error) = await Cli.RunAsync("brief", RepositoryPaths.Sample, "--provider", "fake", "--fake-reply", reply);

        Assert.Equal(7, exitCode);
        AssertOneLine(error, "The model declined to write this briefing");
    }

    [Fact]
    public async Task Brief_UnknownProvider_ExitsConfigurationListingKnownProviders()
    {
        var (exitCode, _, error) = await Cli.RunAsync("brief", RepositoryPaths.Sample, "--provider", "gpt");

        Assert.Equal(8, exitCode);
        AssertOneLine(error, "Unknown model provider 'gpt'");
        Assert.Contains("openai-compatible", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brief_CompatibleProviderWithoutEndpoint_ExitsConfigurationNamingTheSetting()
    {
        var (exitCode, _, error) = await Cli.RunAsync("brief", RepositoryPaths.Sample, "--provider", "openai-compatible", "--model", "llama3.2");

        Assert.Equal(8, exitCode);
        AssertOneLine(error, "Briefing:Model:Endpoint");
        Assert.DoesNotContain("DataAnnotation", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brief_ModelReplyOverTheSizeBound_ExitsModelFailedSayingSo()
    {
        var reply = await Write("huge-reply.txt", new string('x', 2 << 20));

        var (exitCode, _, error) = await Cli.RunAsync("brief", RepositoryPaths.Sample, "--provider", "fake", "--fake-reply", reply);

        Assert.Equal(7, exitCode);
        AssertOneLine(error, "The model's reply was larger than 1 MB (Briefing:Model:MaxReplyBytes)");
        Assert.DoesNotContain("tokens", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("localhost:11434/v1")]
    [InlineData("example.com/v1")]
    [InlineData("ftp://example.com/v1")]
    public async Task Brief_EndpointWithoutHttpScheme_ExitsConfigurationBeforeAnyCall(string endpoint)
    {
        var (exitCode, _, error) = await Cli.RunAsync("brief", RepositoryPaths.Sample, "--provider", "openai-compatible", "--model", "m", "--endpoint", endpoint);

        Assert.Equal(8, exitCode);
        AssertOneLine(error, $"Briefing:Model:Endpoint '{endpoint}' must be a full http:// or https:// address");
        Assert.DoesNotContain("URI", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brief_UnreachableModelServer_PrintsOneLineWithoutRetryLogs()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        // Short retry delays keep the test fast; the retries themselves still happen and must stay out of stderr.
        var (exitCode, _, error) = await Cli.RunAsync(
            services => services.Configure<Briefing.ModelCalls.Resilience.ResilienceOptions>(o => o.BaseDelay = TimeSpan.FromMilliseconds(10)),
            "brief", RepositoryPaths.Sample, "--provider", "openai-compatible", "--model", "m", "--endpoint", $"http://127.0.0.1:{port}/v1",
            "--no-cache");

        Assert.Equal(7, exitCode);
        AssertOneLine(error, "The model provider could not be reached");
    }

    [Fact]
    public async Task Brief_ForcedMarkdownInput_UsesTheHeadingAsTitle()
    {
        var path = await Write("story.txt", "# Council approves budget\n\nThe council approved the budget on Monday.");

        var (exitCode, output, _) = await Cli.RunAsync("brief", path, "--input-format", "markdown", "--format", "json");

        Assert.Equal(0, exitCode);
        Assert.Equal("Council approves budget", JsonDocument.Parse(output).RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Brief_InvalidFormatValue_ExitsUsage()
    {
        var (exitCode, output, error) = await Cli.RunAsync("brief", RepositoryPaths.Sample, "--format", "pdf");

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Equal("", output);
        AssertOneLine(error, "--format takes markdown|json|text, not 'pdf'. See 'briefing brief --help'.");
        Assert.DoesNotContain("Briefing.Rendering", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brief_UnknownOption_ExitsUsageWithOneLine()
    {
        var (exitCode, _, error) = await Cli.RunAsync("brief", RepositoryPaths.Sample, "--bogus");

        Assert.Equal(ExitCodes.Usage, exitCode);
        AssertOneLine(error, "'--bogus'");
    }

    [Fact]
    public async Task Help_ExitsZero()
    {
        var (exitCode, output, _) = await Cli.RunAsync("brief", "--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("--format", output, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<string> Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        await File.WriteAllTextAsync(path, content, new UTF8Encoding(false));
        return path;
    }

    private static void AssertOneLine(string error, string expected)
    {
        var lines = error.TrimEnd('\n').Split('\n');
        var line = Assert.Single(lines);
        Assert.StartsWith("briefing: ", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
    }
}
