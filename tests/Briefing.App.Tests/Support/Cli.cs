using System.CommandLine;
using Briefing.App;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Support;

/// <summary>Runs the real command tree in-process and captures what it writes.</summary>
public static class Cli
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) =>
        await RunAsync(null, args);

    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(Action<IServiceCollection>? configure, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CommandLineEntry.InvokeAsync(BriefingCli.Create(configure), args, new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }
}
