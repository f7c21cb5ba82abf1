using Briefing.App.Hosting;
using Briefing.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Briefing.Worker;

public sealed class BriefingWorkerServiceTests : IDisposable
{
    private const int NextRunEvent = 105;
    private const int RunFinishedEvent = 103;
    private const int PassSkippedEvent = 109;

    // Friday 6 March 2026, 08:00 in Berlin: the weekday 07:00 run is over, the next one is on Monday.
    private static readonly DateTimeOffset FridayMorning = new(2026, 3, 6, 7, 0, 0, TimeSpan.Zero);

    private readonly string _root = Directory.CreateTempSubdirectory("briefing-worker-service-").FullName;

    [Fact]
    public async Task ExecuteAsync_FakeClock_RunsAtTheNextWeekdayOccurrenceInTheTimeZone()
    {
        var inbox = Directory.CreateDirectory(Path.Combine(_root, "inbox")).FullName;
        File.Copy(RepositoryPaths.Sample, Path.Combine(inbox, "lavrov-talks.txt"));
        var clock = new ScheduleClock(FridayMorning);
        using var logs = new CapturingLoggerProvider();
        using var host = BriefingHost.Build(
            new Dictionary<string, string?>
            {
                ["Briefing:Worker:InboxFolders:0"] = inbox,
                ["Briefing:Worker:OutputFolder"] = Path.Combine(_root, "out"),
                ["Briefing:Worker:StateDatabase"] = Path.Combine(_root, "state.db"),
            },
            verbose: false,
            services =>
            {
                services.AddSingleton<TimeProvider>(clock);
                services.AddLogging(logging => logging.AddProvider(logs).AddFilter("Briefing", LogLevel.Information));
                services.AddHostedService<BriefingWorkerService>();
            });

        await host.StartAsync();
        var first = await logs.NextAsync(NextRunEvent);
        Assert.Equal(new DateTimeOffset(2026, 3, 9, 6, 0, 0, TimeSpan.Zero), first.Values["NextRun"]);
        Assert.False(Directory.Exists(Path.Combine(_root, "out")));

        await clock.ScheduleArmedAsync();
        var finished = logs.NextAsync(RunFinishedEvent);
        clock.SetUtcNow(new DateTimeOffset(2026, 3, 9, 6, 0, 0, TimeSpan.Zero));
        var run = await finished.WaitAsync(TimeSpan.FromSeconds(30));
        var second = await logs.NextAsync(NextRunEvent);
        await host.StopAsync();

        Assert.Equal(1, run.Values["Briefed"]);
        Assert.StartsWith("digest-2026-03-09-0700", (string?)run.Values["Digest"], StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2026, 3, 10, 6, 0, 0, TimeSpan.Zero), second.Values["NextRun"]);
    }

    [Fact]
    public async Task ExecuteAsync_AnotherPassHoldsTheStateLock_SkipsThisOccurrenceAndKeepsRunning()
    {
        var inbox = Directory.CreateDirectory(Path.Combine(_root, "inbox")).FullName;
        File.Copy(RepositoryPaths.Sample, Path.Combine(inbox, "lavrov-talks.txt"));
        var clock = new ScheduleClock(FridayMorning);
        using var logs = new CapturingLoggerProvider();
        using var host = BriefingHost.Build(
            new Dictionary<string, string?>
            {
                ["Briefing:Worker:InboxFolders:0"] = inbox,
                ["Briefing:Worker:OutputFolder"] = Path.Combine(_root, "out"),
                ["Briefing:Worker:StateDatabase"] = Path.Combine(_root, "state.db"),
                ["Briefing:Worker:LockWait"] = "00:00:00",
            },
            verbose: false,
            services =>
            {
                services.AddSingleton<TimeProvider>(clock);
                services.AddLogging(logging => logging.AddProvider(logs).AddFilter("Briefing", LogLevel.Information));
                services.AddHostedService<BriefingWorkerService>();
            });
        var service = host.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<BriefingWorkerService>().Single();
        // Another pass (a manual worker --once) holds the database when the scheduled run comes.
        var other = host.Services.GetRequiredService<Briefing.State.StateLock>().AcquireAsync(CancellationToken.None);
        using (await other)
        {
            await host.StartAsync();
            await logs.NextAsync(NextRunEvent);
            await clock.ScheduleArmedAsync();
            var skipped = logs.NextAsync(PassSkippedEvent);
            clock.SetUtcNow(new DateTimeOffset(2026, 3, 9, 6, 0, 0, TimeSpan.Zero));
            var entry = await skipped.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.StartsWith("Another worker pass is using the state database", (string?)entry.Values["Reason"], StringComparison.Ordinal);
        }

        var next = await logs.NextAsync(NextRunEvent);
        await host.StopAsync();

        Assert.Equal(new DateTimeOffset(2026, 3, 10, 6, 0, 0, TimeSpan.Zero), next.Values["NextRun"]);
        Assert.False(service.ExecuteTask!.IsFaulted);
        Assert.Equal(["lavrov-talks.txt"], Directory.GetFiles(inbox).Select(Path.GetFileName));
    }

    [Fact]
    public async Task ExecuteAsync_PassFailsOutsideAnyArticle_StopsTheHostLoudly()
    {
        var inbox = Directory.CreateDirectory(Path.Combine(_root, "inbox")).FullName;
        File.Copy(RepositoryPaths.Sample, Path.Combine(inbox, "lavrov-talks.txt"));
        var clock = new ScheduleClock(FridayMorning);
        using var logs = new CapturingLoggerProvider();
        using var host = BriefingHost.Build(
            new Dictionary<string, string?>
            {
                ["Briefing:Worker:InboxFolders:0"] = inbox,
                ["Briefing:Worker:OutputFolder"] = Path.Combine(_root, "out"),
                // A folder where the database file should be: the state store cannot open it.
                ["Briefing:Worker:StateDatabase"] = Directory.CreateDirectory(Path.Combine(_root, "state.db")).FullName,
            },
            verbose: false,
            services =>
            {
                services.AddSingleton<TimeProvider>(clock);
                services.AddLogging(logging => logging.AddProvider(logs).AddFilter("Briefing", LogLevel.Information));
                services.AddHostedService<BriefingWorkerService>();
            });
        var stopping = host.Services.GetRequiredService<Microsoft.Extensions.Hosting.IHostApplicationLifetime>().ApplicationStopping;
        var service = host.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<BriefingWorkerService>().Single();

        await host.StartAsync();
        await logs.NextAsync(NextRunEvent);
        await clock.ScheduleArmedAsync();
        clock.SetUtcNow(new DateTimeOffset(2026, 3, 9, 6, 0, 0, TimeSpan.Zero));
        var ended = await Task.WhenAny(service.ExecuteTask!, Task.Delay(TimeSpan.FromSeconds(30)));
        Assert.Same(service.ExecuteTask, ended);

        Assert.True(service.ExecuteTask!.IsFaulted);
        Assert.IsType<Briefing.State.StateStoreException>(service.ExecuteTask.Exception?.GetBaseException());
        // The host stops the application from its own continuation on the faulted task, which may run just after ours.
        var stopRequested = new TaskCompletionSource();
        using (stopping.Register(() => stopRequested.TrySetResult()))
        {
            Assert.Same(stopRequested.Task, await Task.WhenAny(stopRequested.Task, Task.Delay(TimeSpan.FromSeconds(30))));
        }

        Assert.True(stopping.IsCancellationRequested);
        Assert.Equal(["lavrov-talks.txt"], Directory.GetFiles(inbox).Select(Path.GetFileName));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
