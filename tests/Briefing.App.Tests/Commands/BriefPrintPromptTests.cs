using Briefing.Support;

namespace Briefing.Commands;

public sealed class BriefPrintPromptTests
{
    [Fact]
    public async Task PrintPrompt_ModelProviderThatCannotBeReached_PrintsTheMessagesWithoutCallingIt()
    {
        // Nothing listens on port 9: a call would fail with exit code 7.
        var (exitCode, output, error) = await Cli.RunAsync(
            "brief", RepositoryPaths.Sample, "--print-prompt", "--provider", "openai-compatible", "--model", "m", "--endpoint", "http://127.0.0.1:9/v1", "--length", "short");

        Assert.True(exitCode == 0, error);
        var system = output.IndexOf("--- system ---\n", StringComparison.Ordinal);
        var user = output.IndexOf("--- user ---\n", StringComparison.Ordinal);
        Assert.Equal(0, system);
        Assert.True(user > system);
        Assert.Contains("about 50 words", output[..user], StringComparison.Ordinal);
        Assert.Contains("Title: Russian FM Lavrov advises Putin to continue Ukrainian talks with West", output[user..], StringComparison.Ordinal);
        Assert.Contains("Lavrov replied, \"Our possibilities are far from being exhausted", output[user..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrintPrompt_ExtractiveEngineConfigured_StillShowsWhatAModelWouldGet()
    {
        var (exitCode, output, _) = await Cli.RunAsync("brief", RepositoryPaths.Sample, "--print-prompt", "--provider", "extractive");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("--- system ---\n", output, StringComparison.Ordinal);
        Assert.Contains("--- user ---\n", output, StringComparison.Ordinal);
    }
}
