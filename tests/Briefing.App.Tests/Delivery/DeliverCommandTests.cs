using System.Collections.Concurrent;
using Briefing.App;
using Briefing.Support;

namespace Briefing.Delivery;

public sealed class DeliverCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("briefing-deliver-").FullName;

    [Fact]
    public async Task Deliver_DigestFile_PostsItToTheWebhookEveryTimeItIsAsked()
    {
        var posts = new ConcurrentQueue<string>();
        await using var server = await LoopbackHttpServer.StartAsync(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            posts.Enqueue(await reader.ReadToEndAsync());
        });
        var config = await ConfigAsync($$"""{ "Urls": [ "{{server.Url("/hook")}}" ] }""");
        var digest = await DigestAsync();

        var first = await Cli.RunAsync("deliver", "--digest", digest, "--config", config);
        var second = await Cli.RunAsync("deliver", "--digest", digest, "--config", config);

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Equal($"Sent digest-2026-03-02-070000 to webhook http://127.0.0.1:{server.BaseAddress.Port}/….\n", first.Output);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(2, posts.Count);
        Assert.Contains("\"digest\":\"digest-2026-03-02-070000\"", posts.First(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deliver_WebhookRefuses_Exits10WithTheReason()
    {
        await using var server = await LoopbackHttpServer.StartAsync(context =>
        {
            context.Response.StatusCode = 403;
            return Task.CompletedTask;
        });
        var config = await ConfigAsync($$"""{ "Urls": [ "{{server.Url("/hook")}}" ] }""");

        var (exitCode, output, _) = await Cli.RunAsync("deliver", "--digest", await DigestAsync(), "--config", config);

        Assert.Equal(ExitCodes.DeliveryFailed, exitCode);
        Assert.Equal($"Not sent to webhook http://127.0.0.1:{server.BaseAddress.Port}/…: webhook http://127.0.0.1:{server.BaseAddress.Port}/… answered 403 Forbidden\n", output);
    }

    [Fact]
    public async Task Deliver_NothingConfigured_Exits8SayingWhatToSet()
    {
        var (exitCode, _, error) = await Cli.RunAsync("deliver", "--digest", await DigestAsync(), "--config", await ConfigAsync("{}"));

        Assert.Equal(ExitCodes.Configuration, exitCode);
        Assert.Equal("briefing: Nothing to deliver to: set Briefing:Delivery:Email:Host (with its recipients) or Briefing:Delivery:Webhook:Urls.\n", error);
    }

    [Fact]
    public async Task Deliver_MissingDigest_Exits3NamingIt()
    {
        var config = await ConfigAsync("""{ "Urls": [ "http://127.0.0.1:9/hook" ] }""");

        var (exitCode, _, error) = await Cli.RunAsync("deliver", "--digest", Path.Combine(_root, "nope.html"), "--config", config);

        Assert.Equal(ExitCodes.InputNotFound, exitCode);
        Assert.StartsWith($"briefing: The digest file {Path.Combine(_root, "nope.html")} does not exist", error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private async Task<string> DigestAsync()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "out", "digests")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "digest-2026-03-02-070000.md"), "# Briefing digest\n\n1. [Harbour reopens](#briefing-1)\n");
        var html = Path.Combine(folder, "digest-2026-03-02-070000.html");
        await File.WriteAllTextAsync(html, "<html><head><title>Briefing digest 2026-03-02 07:00</title></head><body><h1>Briefing digest</h1></body></html>");
        return html;
    }

    private async Task<string> ConfigAsync(string webhook)
    {
        var path = Path.Combine(_root, "deliver.json");
        var database = Path.Combine(_root, "state", "briefing.db").Replace("\\", "\\\\", StringComparison.Ordinal);
        await File.WriteAllTextAsync(path, $$"""
            { "Briefing": { "Worker": { "StateDatabase": "{{database}}" }, "Resilience": { "MaxRetries": 0 }, "Delivery": { "Webhook": {{webhook}} } } }
            """);
        return path;
    }
}
