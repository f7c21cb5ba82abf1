using System.CommandLine;
using Briefing.App.Init;
using Briefing.Delivery;

namespace Briefing.App.Commands;

/// <summary><c>briefing init [folder]</c>: a folder ready for a scheduled worker, with a commented appsettings.json and a systemd unit.</summary>
internal sealed class InitCommand
{
    private readonly Argument<string> _folder = new("folder")
    {
        Description = "The folder to set up (created if missing); the current folder if left out.",
        DefaultValueFactory = _ => ".",
    };

    public Command Build()
    {
        var command = new Command("init", "Set up a folder for the worker: a commented appsettings.json, inbox/ and a systemd unit that runs there.");
        command.Arguments.Add(_folder);
        command.SetAction(RunAsync);
        return command;
    }

    private async Task<int> RunAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        return await CommandFailures.GuardAsync(error, async () =>
        {
            var folder = Path.GetFullPath(parse.GetValue(_folder) ?? ".");
            IReadOnlyList<string> lines;
            try
            {
                lines = await new StarterFolder(new AtomicFileWriter()).CreateAsync(folder, cancellationToken);
            }
            catch (ArgumentException e)
            {
                await error.WriteLineAsync($"briefing: {e.Message}");
                return ExitCodes.Usage;
            }

            foreach (var line in lines)
            {
                await output.WriteLineAsync(line);
            }

            await output.WriteLineAsync($"""

                Next: set the schedule and delivery in {Path.Combine(folder, "appsettings.json")}, check them with
                  cd {Shell(folder)} && briefing config check
                then run the worker on its schedule with
                  sudo systemctl enable --now {Shell(Path.Combine(folder, StarterFolder.UnitFileName))}
                """);
            return ExitCodes.Success;
        });
    }

    // The hint is meant to be pasted into a shell, so a path with spaces or quotes is single-quoted.
    private static string Shell(string path) =>
        path.All(c => char.IsLetterOrDigit(c) || c is '/' or '.' or '-' or '_') ? path : $"'{path.Replace("'", "'\\''", StringComparison.Ordinal)}'";
}
