using Briefing.Support;

namespace Briefing.Init;

/// <summary><c>briefing init</c> as an operator runs it: a new folder, then the checks and the worker in that folder.</summary>
public sealed class InitCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("briefing-init-").FullName;

    [Fact]
    public async Task Init_NewFolder_WritesAValidCommentedConfigurationAnInboxAndAUnitForThatFolder()
    {
        var folder = Path.Combine(_root, "news desk");

        var (exitCode, output, error) = await RunAsync(_root, "init", "news desk");
        var check = await RunAsync(folder, "config", "check");

        Assert.True(exitCode == 0, error);
        Assert.Contains($"Created {folder}/appsettings.json", output, StringComparison.Ordinal);
        Assert.Contains($"Created {folder}/inbox/", output, StringComparison.Ordinal);
        Assert.Contains($"Created {folder}/briefing.service", output, StringComparison.Ordinal);
        Assert.True(Directory.Exists(Path.Combine(folder, "inbox")));
        Assert.Contains("// ", await File.ReadAllTextAsync(Path.Combine(folder, "appsettings.json")), StringComparison.Ordinal);
        var unit = await File.ReadAllTextAsync(Path.Combine(folder, "briefing.service"));
        Assert.Contains($"WorkingDirectory={folder}\n", unit, StringComparison.Ordinal);
        Assert.Matches(@"\nExecStart=.+ worker\n", unit);
        Assert.Contains("\nType=notify\n", unit, StringComparison.Ordinal);
        Assert.Contains($"\nEnvironmentFile=-{folder}/briefing.env\n", unit, StringComparison.Ordinal);
        Assert.True(check.ExitCode == 0, check.Output + check.Error);
    }

    [Fact]
    public async Task Init_ThenWorkerOnceInThatFolder_BriefsTheInboxIntoTheFolder()
    {
        var folder = Path.Combine(_root, "desk");
        await RunAsync(_root, "init", folder);
        File.Copy(RepositoryPaths.Sample, Path.Combine(folder, "inbox", "lavrov-talks.txt"));

        var (exitCode, _, error) = await RunAsync(folder, "worker", "--once");

        Assert.True(exitCode == 0, error);
        Assert.Single(Directory.GetFiles(Path.Combine(folder, "out", "briefings"), "*.md"));
        Assert.Single(Directory.GetFiles(Path.Combine(folder, "out", "digests"), "*.html"));
        Assert.True(File.Exists(Path.Combine(folder, "state", "briefing.db")));
    }

    [Fact]
    public async Task Init_FolderWithEditedFiles_KeepsThem()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "desk")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "appsettings.json"), "{ \"Briefing\": {} }");

        var (exitCode, output, _) = await RunAsync(_root, "init", folder);

        Assert.Equal(0, exitCode);
        Assert.Contains($"Kept    {folder}/appsettings.json", output, StringComparison.Ordinal);
        Assert.Equal("{ \"Briefing\": {} }", await File.ReadAllTextAsync(Path.Combine(folder, "appsettings.json")));
        Assert.True(File.Exists(Path.Combine(folder, "briefing.service")));
    }

    [Fact]
    public async Task Init_PathIsAFile_Exits2NamingIt()
    {
        var file = Path.Combine(_root, "taken");
        await File.WriteAllTextAsync(file, "x");

        var (exitCode, _, error) = await RunAsync(_root, "init", file);

        Assert.Equal(2, exitCode);
        Assert.Equal($"briefing: {file} is a file, not a folder; choose a folder (it is created if missing).", error.Trim());
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private Task<(int ExitCode, string Output, string Error)> RunAsync(string workingDirectory, params string[] args) =>
        BriefingProcess.RunWithEnvironmentAsync(
            workingDirectory, new Dictionary<string, string?> { ["XDG_CONFIG_HOME"] = Path.Combine(_root, "xdg"), ["DOTNET_ENVIRONMENT"] = null }, null, args);
}
