using Briefing.Support;

namespace Briefing.Worker;

public sealed class WorkerDryRunTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("briefing-dry-run-").FullName;

    [Fact]
    public async Task WorkerDryRun_InboxWithArticles_ListsThemAndChangesNothing()
    {
        var inbox = Directory.CreateDirectory(Path.Combine(_root, "inbox")).FullName;
        File.Copy(RepositoryPaths.Sample, Path.Combine(inbox, "lavrov-talks.txt"));
        await File.WriteAllTextAsync(Path.Combine(inbox, "notes.md"), "# Notes\n\nThe council met on Monday.\n");
        await File.WriteAllTextAsync(Path.Combine(_root, "appsettings.json"), """{ "Briefing": { "Worker": { "InboxFolders": [ "inbox", "missing" ] } } }""");

        var (exitCode, output, error) = await BriefingProcess.RunWithEnvironmentAsync(
            _root, new Dictionary<string, string?> { ["XDG_CONFIG_HOME"] = Path.Combine(_root, "xdg") }, null, "worker", "--dry-run");

        Assert.True(exitCode == 0, error);
        Assert.Equal(
            """
            One pass would brief 2 articles (dry run: nothing was changed):
              inbox  lavrov-talks.txt
              inbox  notes.md
            Sources that could not be read (1):
              missing: Inbox folder 'missing' does not exist; create it or fix Briefing:Worker:InboxFolders.

            """.ReplaceLineEndings("\n"),
            output);
        Assert.Equal(["lavrov-talks.txt", "notes.md"], Directory.GetFiles(inbox).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(_root, "out")));
        Assert.False(Directory.Exists(Path.Combine(inbox, "processed")));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
