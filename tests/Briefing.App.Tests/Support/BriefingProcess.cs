using System.Diagnostics;

namespace Briefing.Support;

/// <summary>Runs the built briefing executable as a separate process, as a user would.</summary>
public static class BriefingProcess
{
    public static Task<(int ExitCode, string Output, string Error)> RunAsync(string workingDirectory, string? standardInput, params string[] args) =>
        RunWithEnvironmentAsync(workingDirectory, new Dictionary<string, string?>(), standardInput, args);

    /// <summary>Runs with extra environment variables (a null value removes one the test process has).</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunWithEnvironmentAsync(
        string workingDirectory, IReadOnlyDictionary<string, string?> environment, string? standardInput, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add(RepositoryPaths.Executable);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start briefing.");
        await process.StandardInput.WriteAsync(standardInput ?? string.Empty);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
