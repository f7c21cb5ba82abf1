using System.Text.Json;
using Briefing.Caching;
using Briefing.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Commands;

/// <summary>`briefing brief` against a scripted OpenAI-compatible server: usage on stderr with --verbose, the usage object in JSON, the cache and --no-cache.</summary>
public sealed class BriefUsageAndCacheTests : IDisposable
{
    private const string Reply = """{"briefing":"Lavrov advised Putin to keep talking with the West.","key_points":["Lavrov proposed continuing negotiations."],"language":"en"}""";

    private readonly string _folder = Directory.CreateTempSubdirectory("briefing-cache-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Brief_Verbose_PrintsUsageToStderrAndJsonCarriesIt()
    {
        await using var server = await ScriptedChatServer.StartAsync(ServerReply.Content(Reply));

        var (exitCode, output, error) = await RunAsync(server, "--verbose", "--format", "json");

        Assert.Equal(0, exitCode);
        Assert.Contains("Usage: 812 prompt + 164 completion tokens, 1 call; cost unknown (the model has no price in Briefing:Usage:Prices).", error, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(output);
        var usage = json.RootElement.GetProperty("usage");
        Assert.Equal(812, usage.GetProperty("prompt_tokens").GetInt32());
        Assert.Equal(164, usage.GetProperty("completion_tokens").GetInt32());
        Assert.False(usage.GetProperty("estimated").GetBoolean());
        Assert.False(usage.GetProperty("cached").GetBoolean());
    }

    [Fact]
    public async Task Brief_Twice_SecondRunIsServedFromTheCache()
    {
        await using var server = await ScriptedChatServer.StartAsync(ServerReply.Content(Reply));

        await RunAsync(server);
        var (exitCode, output, error) = await RunAsync(server, "--verbose");

        Assert.Equal(0, exitCode);
        Assert.Equal(1, server.RequestCount);
        Assert.Contains("Lavrov advised Putin to keep talking with the West.", output, StringComparison.Ordinal);
        Assert.Contains("Usage: from the cache; no model call, no cost.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brief_NoCache_CallsTheModelAgain()
    {
        await using var server = await ScriptedChatServer.StartAsync(ServerReply.Content(Reply));

        await RunAsync(server);
        var (exitCode, _, _) = await RunAsync(server, "--no-cache");

        Assert.Equal(0, exitCode);
        Assert.Equal(2, server.RequestCount);
    }

    private Task<(int ExitCode, string Output, string Error)> RunAsync(ScriptedChatServer server, params string[] extra) =>
        Cli.RunAsync(
            services => services.PostConfigure<CacheOptions>(o => o.Path = Path.Combine(_folder, "cache.db")),
            ["brief", RepositoryPaths.Sample, "--provider", "openai-compatible", "--endpoint", server.Endpoint.ToString(), "--model", "test-model", .. extra]);
}
