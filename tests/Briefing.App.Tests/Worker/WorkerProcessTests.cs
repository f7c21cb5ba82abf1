using System.Diagnostics;
using System.Text.RegularExpressions;
using Briefing.Support;

namespace Briefing.Worker;

public sealed class WorkerProcessTests : IDisposable
{
    private const int Articles = 80;

    private const string Reply = """
        {"briefing": "A fake briefing for the process test.", "key_points": ["First point.", "Second point.", "Third point."], "language": "en"}
        """;

    private readonly string _root = Directory.CreateTempSubdirectory("briefing-worker-process-").FullName;

    private string Inbox => Path.Combine(_root, "inbox");

    private string Output => Path.Combine(_root, "out");

    [Fact]
    public async Task WorkerOnce_KilledMidRunSeveralTimes_EndsWithOneBriefingPerArticleAndNoPartialFiles()
    {
        Directory.CreateDirectory(Inbox);
        for (var i = 1; i <= Articles; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(Inbox, $"story-{i:00}.txt"), Article(i));
        }

        var killedMidRun = 0;
        foreach (var killAfter in new[] { 1, 1, 2 })
        {
            if (await RunAndKillAsync(killAfter) && Directory.GetFiles(Inbox).Length > 0)
            {
                killedMidRun++;
            }
        }

        var (exitCode, error) = await RunToEndAsync();

        Assert.True(killedMidRun > 0, "No kill landed in the middle of a run; the test proved nothing.");
        Assert.True(exitCode == 0, error);
        Assert.Empty(Directory.GetFiles(Inbox));
        Assert.Equal(Articles, Directory.GetFiles(Path.Combine(Inbox, "processed")).Length);
        var briefings = Directory.GetFiles(Path.Combine(Output, "briefings")).Select(Path.GetFileName).OfType<string>().ToList();
        Assert.Equal(Articles, briefings.Count(f => f.EndsWith(".md", StringComparison.Ordinal)));
        Assert.Equal(Articles, briefings.Count(f => f.EndsWith(".json", StringComparison.Ordinal)));
        for (var i = 1; i <= Articles; i++)
        {
            var slug = $"-harbour-report-number-{i}-";
            Assert.Single(briefings, f => f.Contains(slug, StringComparison.Ordinal) && f.EndsWith(".md", StringComparison.Ordinal));
        }

        Assert.DoesNotContain(Directory.GetFiles(_root, "*", SearchOption.AllDirectories), f => Path.GetFileName(f).StartsWith('.') || f.EndsWith(".tmp", StringComparison.Ordinal));
        var listed = Directory.GetFiles(Path.Combine(Output, "digests"), "*.md")
            .SelectMany(File.ReadAllLines)
            .Count(line => Regex.IsMatch(line, @"^- Harbour report number \d+ — inbox file story-\d+\.txt"));
        Assert.Equal(Articles, listed);
    }

    [Fact]
    public async Task WorkerOnce_Sigterm_StopsCleanlyAndTheNextRunFinishesTheRest()
    {
        Directory.CreateDirectory(Inbox);
        for (var i = 1; i <= Articles; i++)
        {
            await File.WriteAllTextAsync(Path.Combine(Inbox, $"story-{i:00}.txt"), Article(i));
        }

        using var process = Start();
        var terminated = false;
        while (await process.StandardError.ReadLineAsync() is { } line)
        {
            if (!terminated && line.Contains(": Briefed in", StringComparison.Ordinal))
            {
                using var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
                await kill.WaitForExitAsync();
                terminated = true;
            }
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
        var left = Directory.GetFiles(Inbox).Length;
        var (exitCode, error) = await RunToEndAsync();

        Assert.True(left > 0, "The pass ended before SIGTERM arrived; the test proved nothing.");
        Assert.Equal(130, process.ExitCode);
        Assert.True(exitCode == 0, error);
        Assert.Equal(Articles, Directory.GetFiles(Path.Combine(Output, "briefings"), "*.md").Length);
        Assert.DoesNotContain(Directory.GetFiles(_root, "*", SearchOption.AllDirectories), f => Path.GetFileName(f).StartsWith('.') || f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static string Article(int n) => $"""
        Harbour report number {n}

        The harbour office published report number {n} on Monday, describing the ferry timetable for week {n}.

        Ferries will run every {n + 10} minutes, and the office expects {n * 100} passengers a day.
        """;

    /// <summary>Starts a pass and kills it with SIGKILL once it has logged <paramref name="killAfter"/> briefed articles.</summary>
    /// <returns>True when the kill happened before the pass ended on its own.</returns>
    private async Task<bool> RunAndKillAsync(int killAfter)
    {
        using var process = Start();
        var briefed = 0;
        var killed = false;
        while (await process.StandardError.ReadLineAsync() is { } line)
        {
            if (line.Contains(": Briefed in", StringComparison.Ordinal) && ++briefed >= killAfter && !killed)
            {
                process.Kill();
                killed = true;
            }
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
        return killed;
    }

    private async Task<(int ExitCode, string Error)> RunToEndAsync()
    {
        using var process = Start();
        var error = await process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, error);
    }

    private Process Start()
    {
        var replyFile = Path.Combine(_root, "reply.json");
        if (!File.Exists(replyFile))
        {
            File.WriteAllText(replyFile, Reply);
        }

        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _root,
            RedirectStandardOutput = false,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(RepositoryPaths.Executable);
        start.ArgumentList.Add("worker");
        start.ArgumentList.Add("--once");
        start.Environment["Briefing__Worker__InboxFolders__0"] = Inbox;
        start.Environment["Briefing__Worker__OutputFolder"] = Output;
        start.Environment["Briefing__Worker__StateDatabase"] = Path.Combine(_root, "state", "briefing.db");
        start.Environment["Briefing__Worker__Concurrency"] = "1";
        start.Environment["Briefing__Model__Provider"] = "fake";
        start.Environment["Briefing__Model__FakeReplyPath"] = replyFile;
        start.Environment["Briefing__Cache__Enabled"] = "false";
        start.Environment["Briefing__Cache__Path"] = Path.Combine(_root, "cache");
        start.Environment["DOTNET_NOLOGO"] = "1";
        return Process.Start(start) ?? throw new InvalidOperationException("Could not start briefing.");
    }
}
