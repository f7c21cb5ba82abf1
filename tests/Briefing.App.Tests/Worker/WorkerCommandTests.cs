using Briefing.App;
using Briefing.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Briefing.Worker;

public sealed class WorkerCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("briefing-worker-command-").FullName;

    private string Inbox => Path.Combine(_root, "inbox");

    [Fact]
    public async Task WorkerOnce_GoodAndBadFiles_BriefsTheGoodQuarantinesTheBadAndExitsNine()
    {
        Directory.CreateDirectory(Inbox);
        File.Copy(RepositoryPaths.Sample, Path.Combine(Inbox, "lavrov-talks.txt"));
        await File.WriteAllTextAsync(Path.Combine(Inbox, "empty.md"), "\n");

        var (exitCode, _, _) = await Cli.RunAsync(Configure(), "worker", "--once");

        Assert.Equal(ExitCodes.ArticlesFailed, exitCode);
        Assert.Equal(["lavrov-talks.txt"], Directory.GetFiles(Path.Combine(Inbox, "processed")).Select(Path.GetFileName));
        Assert.Equal(["empty.md", "empty.md.reason.txt"], Directory.GetFiles(Path.Combine(Inbox, "failed")).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(2, Directory.GetFiles(Path.Combine(_root, "out", "briefings")).Length);
    }

    [Fact]
    public async Task WorkerOnce_NothingFailed_ExitsZero()
    {
        Directory.CreateDirectory(Inbox);
        File.Copy(RepositoryPaths.Sample, Path.Combine(Inbox, "lavrov-talks.txt"));

        var (exitCode, _, error) = await Cli.RunAsync(Configure(), "worker", "--once");

        Assert.True(exitCode == ExitCodes.Success, error);
    }

    [Theory]
    [InlineData("Schedule", "every morning", "Briefing:Worker:Schedule 'every morning' is not a cron expression")]
    [InlineData("TimeZone", "Mars/Olympus", "Briefing:Worker:TimeZone 'Mars/Olympus' is unknown")]
    [InlineData("Concurrency", "0", "Concurrency")]
    [InlineData("MaxAttempts", "0", "MaxAttempts")]
    [InlineData("LockWait", "02:00:00", "LockWait")]
    [InlineData("Culture", "xx-Nowhere", "Briefing:Worker:Culture 'xx-Nowhere' is unknown; use a culture name such as en-GB")]
    [InlineData("Feeds:0:Url", "ftp://example.org/feed", "Briefing:Worker:Feeds:0:Url must be an absolute http(s) URL")]
    public async Task WorkerOnce_InvalidOption_ExitsWithConfigurationError(string key, string value, string expected)
    {
        var (exitCode, _, error) = await Cli.RunAsync(Configure(o => Set(o, key, value)), "worker", "--once");

        Assert.True(exitCode == ExitCodes.Configuration, error);
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WorkerOnce_NoInboxAndNoFeeds_SaysWhatToSet()
    {
        var (exitCode, _, error) = await Cli.RunAsync(Configure(o => o.InboxFolders.Clear()), "worker", "--once");

        Assert.Equal(ExitCodes.Configuration, exitCode);
        Assert.Contains("The worker has nothing to read: set Briefing:Worker:InboxFolders or Briefing:Worker:Feeds.", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Appsettings_WorkerDefaults_BindAndValidate()
    {
        using var host = App.Hosting.BriefingHost.Build(new Dictionary<string, string?>(), verbose: false);

        var options = host.Services.GetRequiredService<IOptions<WorkerOptions>>().Value;

        Assert.Equal("0 7 * * 1-5", options.Schedule);
        Assert.Equal("Europe/Berlin", options.TimeZone);
        Assert.Equal("en-GB", options.FindCulture().Name);
        Assert.Equal(["inbox"], options.InboxFolders);
        Assert.Equal(4, options.Concurrency);
        Assert.Equal(10, options.MaxItemsPerFeed);
        Assert.Equal(5, options.MaxAttempts);
        Assert.Equal(TimeSpan.FromSeconds(10), options.LockWait);
        Assert.Equal("out", options.OutputFolder);
        Assert.Equal(Path.Combine("state", "briefing.db"), options.StateDatabase.Replace('/', Path.DirectorySeparatorChar));
    }

    [Fact]
    public async Task Worker_ScheduledPassStateStoreUnusable_ExitsEightWithOneLineNamingTheFile()
    {
        Directory.CreateDirectory(Inbox);
        var database = Directory.CreateDirectory(Path.Combine(_root, "db-is-a-folder")).FullName;
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 6, 7, 0, 0, TimeSpan.Zero));
        using var logs = new CapturingLoggerProvider();
        var configure = Configure(o => o.StateDatabase = database) + (services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            services.AddLogging(logging => logging.AddProvider(logs));
        });

        var run = Cli.RunAsync(configure, "worker");
        await logs.NextAsync(105);
        clock.SetUtcNow(new DateTimeOffset(2026, 3, 9, 6, 0, 0, TimeSpan.Zero));
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!run.IsCompleted)
        {
            await Task.WhenAny(run, Task.Delay(50, timeout.Token));
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        var (exitCode, _, error) = await run;
        Assert.Equal(ExitCodes.Configuration, exitCode);
        Assert.Equal($"briefing: the worker stopped: The state database '{database}' cannot be opened or created; fix or move it, "
            + "or point Briefing:Worker:StateDatabase at another file.", error.TrimEnd());
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static void Set(WorkerOptions options, string key, string value)
    {
        switch (key)
        {
            case "Schedule":
                options.Schedule = value;
                break;
            case "TimeZone":
                options.TimeZone = value;
                break;
            case "Culture":
                options.Culture = value;
                break;
            case "Concurrency":
                options.Concurrency = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
                break;
            case "MaxAttempts":
                options.MaxAttempts = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
                break;
            case "LockWait":
                options.LockWait = TimeSpan.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
                break;
            default:
                options.Feeds.Add(new FeedOptions { Url = new Uri(value) });
                break;
        }
    }

    // Options are set after binding, as appsettings.json or the environment would set them.
    private Action<IServiceCollection> Configure(Action<WorkerOptions>? change = null) => services =>
        services.PostConfigure<WorkerOptions>(options =>
        {
            options.InboxFolders = [Inbox];
            options.OutputFolder = Path.Combine(_root, "out");
            options.StateDatabase = Path.Combine(_root, "state.db");
            change?.Invoke(options);
        });
}
