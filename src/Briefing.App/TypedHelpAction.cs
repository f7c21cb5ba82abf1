using System.CommandLine;
using System.CommandLine.Invocation;

namespace Briefing.App;

/// <summary>The parser's help, with the defaults of enum options written as users type them (<c>[default: markdown]</c>).</summary>
/// <remarks>The help layout itself cannot be customised from outside the parser, so its text is corrected instead.</remarks>
internal sealed class TypedHelpAction(CommandLineAction inner, IReadOnlyDictionary<string, string> defaults) : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        var configuration = parseResult.InvocationConfiguration;
        var output = configuration.Output;
        using var buffer = new StringWriter();
        configuration.Output = buffer;
        int exitCode;
        try
        {
            exitCode = inner is SynchronousCommandLineAction synchronous ? synchronous.Invoke(parseResult) : 0;
        }
        finally
        {
            configuration.Output = output;
        }

        var text = buffer.ToString();
        foreach (var (shown, typed) in defaults)
        {
            text = text.Replace($"[default: {shown}]", $"[default: {typed}]", StringComparison.Ordinal);
        }

        output.Write(text);
        return exitCode;
    }
}
