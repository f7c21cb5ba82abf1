using Briefing.Support;

namespace Briefing.Commands;

/// <summary>Runs the built executable as a separate process, the way the README tells a newcomer to.</summary>
public sealed class EndToEndTests
{
    [Fact]
    public async Task BriefingProcess_SampleArticle_PrintsBriefingAndExitsZero()
    {
        var (exitCode, output, error) = await BriefingProcess.RunAsync(RepositoryPaths.Root, null, "brief", "samples/lavrov-talks.txt");

        Assert.True(exitCode == 0, $"exit {exitCode}: {error}");
        Assert.StartsWith("# Russian FM Lavrov advises Putin to continue Ukrainian talks with West", output, StringComparison.Ordinal);
        Assert.Contains("*Source:* samples/lavrov-talks.txt", output, StringComparison.Ordinal);
        Assert.Contains("built-in extractive engine", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BriefingProcess_StandardInput_IsReadAsPlainText()
    {
        var (exitCode, output, error) = await BriefingProcess.RunAsync(
            RepositoryPaths.Root,
            "Council approves budget\n\nThe council approved the budget on Monday. The vote was close.\n",
            "brief", "-", "--format", "text");

        Assert.True(exitCode == 0, $"exit {exitCode}: {error}");
        Assert.StartsWith("Council approves budget\n", output, StringComparison.Ordinal);
        Assert.Contains("Source: stdin", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BriefingProcess_MissingFile_PrintsOneLineAndNoStackTrace()
    {
        var (exitCode, output, error) = await BriefingProcess.RunAsync(RepositoryPaths.Root, null, "brief", "samples/missing.txt");

        Assert.Equal(3, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Equal("briefing: File not found: 'samples/missing.txt'. Check the path, or pass a URL or '-' for stdin.\n", error);
    }
}
