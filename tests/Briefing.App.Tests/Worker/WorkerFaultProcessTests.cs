using System.Diagnostics;
using Briefing.App;
using Briefing.Support;
using Microsoft.AspNetCore.Http;

namespace Briefing.Worker;

/// <summary>The built executable over hostile inboxes, feeds and state databases, as cron would run it.</summary>
public sealed class WorkerFaultProcessTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("briefing-worker-faults-").FullName;

    private string Inbox => Path.Combine(_root, "inbox");

    private string Output => Path.Combine(_root, "out");

    private string Database => Path.Combine(_root, "state", "briefing.db");

    [Fact]
    public async Task WorkerOnce_OneOfEachHostileItem_CompletesBriefsEveryGoodArticleAndListsEveryBadOneWithoutAStackTrace()
    {
        Directory.CreateDirectory(Inbox);
        File.Copy(RepositoryPaths.Sample, Path.Combine(Inbox, "lavrov-talks.txt"));
        await File.WriteAllTextAsync(Path.Combine(Inbox, "bridge.txt"), BridgeArticle);
        // Shallow enough to read; the page nested 100,000 deep used to overflow the stack and abort the process.
        await File.WriteAllTextAsync(Path.Combine(Inbox, "deep.html"), DeepPage(200));
        await File.WriteAllTextAsync(Path.Combine(Inbox, "abyss.html"), DeepPage(100_000));
        File.CreateSymbolicLink(Path.Combine(Inbox, "dangling.md"), Path.Combine(_root, "gone.md"));
        MakeFifo(Path.Combine(Inbox, "pipe.txt"));
        await File.WriteAllTextAsync(Path.Combine(Inbox, "empty.txt"), string.Empty);
        await File.WriteAllBytesAsync(Path.Combine(Inbox, "binary.txt"), [0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3, 0]);
        await using var server = await LocalHttpServer.StartAsync(HostileFeed.Serve);

        var (exitCode, output, error) = await RunAsync(FeedSettings(server));

        Assert.True(exitCode == ExitCodes.ArticlesFailed, error);
        Assert.Equal(["bridge.txt", "deep.html", "lavrov-talks.txt"], Names(Path.Combine(Inbox, "processed")));
        Assert.Empty(Names(Inbox));
        Assert.Equal(
            ["abyss.html", "abyss.html.reason.txt", "binary.txt", "binary.txt.reason.txt", "dangling.md", "dangling.md.reason.txt", "empty.txt", "empty.txt.reason.txt", "pipe.txt", "pipe.txt.reason.txt"],
            Names(Path.Combine(Inbox, "failed")));
        // Three inbox articles and the good feed item, each a Markdown and a JSON file.
        Assert.Equal(8, Names(Path.Combine(Output, "briefings")).Length);
        var digest = await File.ReadAllTextAsync(Directory.GetFiles(Path.Combine(Output, "digests"), "*.md").Single());
        foreach (var bad in new[] { "abyss.html", "binary.txt", "dangling.md", "empty.txt", "pipe.txt", "javascript:alert(1)", "file:///etc/passwd" })
        {
            Assert.Contains($"- **{bad}**: ", digest, StringComparison.Ordinal);
        }

        // A redirect to a local file fails the same way every time: quarantined at once, not left for the next pass.
        Assert.Contains($"- **{server.Url("/redirect")}**: Fetching {server.Url("/redirect")} refused: it redirects to a non-web address (file:)", digest, StringComparison.Ordinal);
        Assert.Contains($"**{server.Url("/cut")}**", digest, StringComparison.Ordinal);
        var reasons = Directory.GetFiles(_root, "*.reason.txt", SearchOption.AllDirectories).Select(File.ReadAllText);
        foreach (var text in reasons.Append(digest).Append(error).Append(output))
        {
            Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task WorkerOnce_SecondPassOnTheSameDatabase_WaitsThenRefusesWithExitTenAndTouchesNothing()
    {
        Directory.CreateDirectory(Inbox);
        File.Copy(RepositoryPaths.Sample, Path.Combine(Inbox, "lavrov-talks.txt"));
        var feedRequested = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await LocalHttpServer.StartAsync(async context =>
        {
            // The first pass holds the lock while it waits here for its feed.
            feedRequested.TrySetResult();
            await release.Task;
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        });
        var settings = new Dictionary<string, string>
        {
            ["Briefing__Worker__Feeds__0__Url"] = server.Url("/feed.xml").ToString(),
            ["Briefing__Worker__LockWait"] = "00:00:01",
        };

        var first = RunAsync(settings);
        await feedRequested.Task.WaitAsync(TimeSpan.FromSeconds(60));
        var (secondExit, _, secondError) = await RunAsync(settings);
        var inboxWhileFirstRuns = Names(Inbox);
        release.SetResult();
        var (firstExit, _, firstError) = await first;

        Assert.Equal(ExitCodes.Busy, secondExit);
        var line = Assert.Single(secondError.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"briefing: Another worker pass is using the state database '{Database}'", line, StringComparison.Ordinal);
        Assert.Equal(["lavrov-talks.txt"], inboxWhileFirstRuns);
        // The first pass is unharmed: its article is briefed, its unreachable feed listed (exit 9).
        Assert.True(firstExit == ExitCodes.ArticlesFailed, firstError);
        Assert.Equal(["lavrov-talks.txt"], Names(Path.Combine(Inbox, "processed")));
    }

    [Theory]
    [InlineData("not-a-database", "is not a SQLite database (or is encrypted)")]
    [InlineData("folder-is-a-file", "cannot be used (")]
    public async Task WorkerOnce_UnusableStateDatabase_ExitsEightWithOneLineNamingTheFile(string kind, string expected)
    {
        Directory.CreateDirectory(Inbox);
        File.Copy(RepositoryPaths.Sample, Path.Combine(Inbox, "lavrov-talks.txt"));
        var database = Database;
        if (kind == "not-a-database")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Database)!);
            await File.WriteAllTextAsync(Database, new string('x', 4096));
        }
        else
        {
            await File.WriteAllTextAsync(Path.Combine(_root, "state"), "a file where the database's folder should be");
        }

        var (exitCode, _, error) = await RunAsync([]);

        Assert.Equal(ExitCodes.Configuration, exitCode);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"briefing: The state database '{database}' {expected}", line, StringComparison.Ordinal);
        Assert.Equal(["lavrov-talks.txt"], Names(Inbox));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static string[] Names(string folder) =>
        Directory.Exists(folder) ? Directory.GetFiles(folder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray() : [];

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    private static Dictionary<string, string> FeedSettings(LocalHttpServer server) => new()
    {
        ["Briefing__Worker__Feeds__0__Url"] = server.Url("/feed.xml").ToString(),
    };

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(Dictionary<string, string> settings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(RepositoryPaths.Executable);
        start.ArgumentList.Add("worker");
        start.ArgumentList.Add("--once");
        start.Environment["Briefing__Worker__InboxFolders__0"] = Inbox;
        start.Environment["Briefing__Worker__OutputFolder"] = Output;
        start.Environment["Briefing__Worker__StateDatabase"] = Database;
        start.Environment["Briefing__Cache__Enabled"] = "false";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start briefing.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    private static string DeepPage(int depth) =>
        "<html><head><title>Harbour works extended</title></head><body>" + string.Concat(Enumerable.Repeat("<div>", depth))
        + "<p>The harbour works will last until June, the port authority said on Friday, because storms delayed the new pier.</p>"
        + "<p>Ferries keep running from the old pier in the meantime, and the timetable does not change for passengers.</p>"
        + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";

    private const string BridgeArticle = """
        Council closes the river bridge for repairs

        The city council voted on Tuesday to close the old river bridge for six weeks of repairs, starting in May.

        Engineers found corroded steel in two of the bridge's supports during an inspection in January.

        Traffic will be diverted through the old town, and a free shuttle bus will run every ten minutes.
        """;
}
