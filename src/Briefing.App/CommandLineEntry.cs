using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;

namespace Briefing.App;

/// <summary>
/// Parses and invokes the command tree. An invalid command line exits with <see cref="ExitCodes.Usage"/> and one
/// <c>briefing: </c> line per mistake, as the README documents, instead of the parser's default exit code 1 and full
/// help text, so scripts can tell a usage mistake from a failed run.
/// </summary>
internal static class CommandLineEntry
{
    public static async Task<int> InvokeAsync(RootCommand root, string[] args, InvocationConfiguration? configuration = null)
    {
        configuration ??= new InvocationConfiguration();
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count == 0 || parseResult.Action is not ParseErrorAction)
        {
            return await parseResult.InvokeAsync(configuration);
        }

        // Every error, each on its own line; the last one says where the help is.
        var messages = ParseErrorMessages.For(parseResult);
        var names = new List<string>();
        for (var result = parseResult.CommandResult; result.Parent is CommandResult parent; result = parent)
        {
            names.Insert(0, result.Command.Name);
        }

        var help = string.Join(' ', ["briefing", .. names, "--help"]);
        for (var i = 0; i < messages.Count - 1; i++)
        {
            await configuration.Error.WriteLineAsync($"briefing: {messages[i]}");
        }

        var last = messages[^1];
        var see = last.EndsWith('.') || last.EndsWith('?') ? " See" : "; see";
        await configuration.Error.WriteLineAsync($"briefing: {last}{see} '{help}'.");
        return ExitCodes.Usage;
    }
}
