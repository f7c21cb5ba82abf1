using System.Collections.Concurrent;
using Briefing.App;
using Briefing.Support;

namespace Briefing.Delivery;

/// <summary>The worker's delivery step through the command line: after the digest, once, and not at all with --no-deliver.</summary>
public sealed class WorkerDeliveryTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("briefing-worker-delivery-").FullName;
    private readonly ConcurrentQueue<string> _posts = new();

    [Fact]
    public async Task WorkerOnce_WebhookConfigured_PostsTheDigestOnceAcrossRuns()
    {
        await using var server = await StartAsync();
        var config = await ConfigAsync(server);
        AddArticle();

        var first = await Cli.RunAsync("worker", "--once", "--config", config);
        var second = await Cli.RunAsync("worker", "--once", "--config", config);

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("\"articles\":1", Assert.Single(_posts), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WorkerOnce_NoDeliver_WritesTheDigestButNeverSendsIt()
    {
        await using var server = await StartAsync();
        var config = await ConfigAsync(server);
        AddArticle();

        var trial = await Cli.RunAsync("worker", "--once", "--no-deliver", "--config", config);
        var next = await Cli.RunAsync("worker", "--once", "--config", config);

        Assert.True(trial.ExitCode == 0, trial.Error);
        Assert.Equal(0, next.ExitCode);
        Assert.Single(Directory.GetFiles(Path.Combine(_root, "out", "digests"), "*.html"));
        Assert.Empty(_posts);
    }

    [Fact]
    public async Task WorkerOnce_WebhookDown_Exits9AndTheNextRunDeliversBoth()
    {
        var down = true;
        await using var server = await LoopbackHttpServer.StartAsync(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            if (Volatile.Read(ref down))
            {
                context.Response.StatusCode = 503;
                return;
            }

            _posts.Enqueue(body);
        });
        var config = await ConfigAsync(server);
        AddArticle();

        var failed = await Cli.RunAsync("worker", "--once", "--config", config);
        Volatile.Write(ref down, false);
        // A digest name has the run's second in it; the next run must not reuse it.
        await Task.Delay(TimeSpan.FromSeconds(1.1));
        var recovered = await Cli.RunAsync("worker", "--once", "--config", config);

        Assert.Equal(ExitCodes.ArticlesFailed, failed.ExitCode);
        Assert.True(recovered.ExitCode == 0, recovered.Error);
        // The first digest, and the second one that lists the failed delivery.
        Assert.Equal(2, _posts.Count);
        Assert.Contains(_posts, p => p.Contains("was not delivered (attempt 1 of 5; tried again on the next run)", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private Task<LoopbackHttpServer> StartAsync() => LoopbackHttpServer.StartAsync(async context =>
    {
        using var reader = new StreamReader(context.Request.Body);
        _posts.Enqueue(await reader.ReadToEndAsync());
    });

    private void AddArticle() =>
        File.Copy(RepositoryPaths.Sample, Path.Combine(Directory.CreateDirectory(Path.Combine(_root, "inbox")).FullName, "lavrov-talks.txt"));

    private async Task<string> ConfigAsync(LoopbackHttpServer server)
    {
        var path = Path.Combine(_root, "worker.json");
        string Json(string value) => value.Replace("\\", "\\\\", StringComparison.Ordinal);
        await File.WriteAllTextAsync(path, $$"""
            {
              "Briefing": {
                "Worker": {
                  "InboxFolders": [ "{{Json(Path.Combine(_root, "inbox"))}}" ],
                  "OutputFolder": "{{Json(Path.Combine(_root, "out"))}}",
                  "StateDatabase": "{{Json(Path.Combine(_root, "state", "briefing.db"))}}"
                },
                "Resilience": { "MaxRetries": 0 },
                "Delivery": { "Webhook": { "Urls": [ "{{server.Url("/hook")}}" ] } }
              }
            }
            """);
        return path;
    }
}
