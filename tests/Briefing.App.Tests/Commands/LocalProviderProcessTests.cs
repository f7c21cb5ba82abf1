using Briefing.Support;

namespace Briefing.Commands;

/// <summary>The local provider at its default settings, through the built executable: it once died with a segmentation fault (exit 139).</summary>
public sealed class LocalProviderProcessTests
{
    [LocalModelFact]
    public async Task Brief_LocalProviderAtDefaultSettings_EndsWithOneLineNeverACrash()
    {
        // The story model never closes a 2,000-character string by itself, so at the defaults it reaches the token cap:
        // the grammar is built, parsed by llama.cpp and sampled with, and the failure is reported in one line.
        var (exitCode, output, error) = await BriefingProcess.RunAsync(
            RepositoryPaths.Root,
            "Library opens\n\nThe town opened a new library on Saturday.\n",
            "brief", "-", "--provider", "local", "--model", LocalModelFactAttribute.StoriesModel, "--length", "short");

        Assert.Equal(7, exitCode);
        Assert.Equal(string.Empty, output);
        var line = Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.Equal(
            "briefing: The local model reached the cap of 400 tokens before its JSON reply was complete; use a longer --length or lower Briefing:Model:Local:MaxJsonStringLength.",
            line);
    }
}
