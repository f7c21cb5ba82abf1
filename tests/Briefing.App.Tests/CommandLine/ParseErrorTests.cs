using Briefing.App;
using Briefing.Support;

namespace Briefing.CommandLine;

/// <summary>What a user sees for a mistyped command line: every mistake, the nearest name, values as they are typed.</summary>
public sealed class ParseErrorTests
{
    [Fact]
    public async Task Invoke_MistypedCommand_SuggestsTheNearest()
    {
        var (exitCode, _, error) = await Cli.RunAsync("brif", "story.txt");

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Equal("briefing: 'brif' is not a briefing command; did you mean 'brief'? See 'briefing --help'.", error.TrimEnd());
    }

    [Fact]
    public async Task Invoke_MistypedSubcommand_SuggestsTheNearestOfThatCommand()
    {
        var (exitCode, _, error) = await Cli.RunAsync("config", "chek");

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Equal("briefing: 'chek' is not a briefing config command; did you mean 'check'? See 'briefing config --help'.", error.TrimEnd());
    }

    [Fact]
    public async Task Invoke_SeveralMistakes_ShowsEveryOneOnItsOwnLine()
    {
        var (exitCode, output, error) = await Cli.RunAsync("brief", RepositoryPaths.Sample, "--format", "xml", "--length", "huge", "--verbos");

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.Empty(output);
        Assert.Equal(
            [
                "briefing: Unknown option '--verbos'; did you mean '--verbose'?",
                "briefing: --format takes markdown|json|text, not 'xml'.",
                "briefing: --length takes short|medium|long, not 'huge'. See 'briefing brief --help'.",
            ],
            error.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task Invoke_NoCommand_NamesTheCommands()
    {
        var (exitCode, _, error) = await Cli.RunAsync();

        Assert.Equal(ExitCodes.Usage, exitCode);
        Assert.StartsWith("briefing: Name a command: brief, model, eval, eval-stories, worker, config, init, deliver. See 'briefing --help'.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_EnumOptions_ShowTheValuesAsTyped()
    {
        var (exitCode, output, _) = await Cli.RunAsync("brief", "--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("--format <markdown|json|text>", output, StringComparison.Ordinal);
        Assert.Contains("--length <short|medium|long>", output, StringComparison.Ordinal);
        Assert.Contains("[default: markdown]", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Json|", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suggest_PartialOption_CompletesFromTheCommandsOptions()
    {
        var (exitCode, output, _) = await Cli.RunAsync("[suggest:9]", "brief --f");

        Assert.Equal(0, exitCode);
        Assert.Equal(["--fake-reply", "--format"], output.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task Suggest_EnumValue_CompletesWithTheValuesAsTyped()
    {
        var (exitCode, output, _) = await Cli.RunAsync("[suggest:16]", "brief --format m");

        Assert.Equal(0, exitCode);
        Assert.Equal(["markdown"], output.TrimEnd().Split('\n'));
    }
}
