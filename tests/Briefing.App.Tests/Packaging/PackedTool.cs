using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using Briefing.Support;

namespace Briefing.Packaging;

/// <summary>The tool packed once for this machine's platform and installed into a temporary tool path, as users install it.</summary>
/// <remarks>Precompilation is left out to keep the test fast; the package is otherwise the one that ships.</remarks>
public sealed class PackedTool : IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("briefing-tool-").FullName;

    public string Executable => Path.Combine(_root, "tools", OperatingSystem.IsWindows() ? "briefing.exe" : "briefing");

    public string Root => _root;

    public async Task InitializeAsync()
    {
        // A version of its own, so no copy of an earlier pack in the NuGet cache can stand in for this one.
        var version = "0.0.0-test." + TimeProvider.System.GetUtcNow().ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
        var packages = Path.Combine(_root, "packages");
        await RunAsync("pack", Path.Combine(RepositoryPaths.Root, "src", "Briefing.App"), "-c", "Release", "-o", packages,
            $"-p:Version={version}", $"-p:ToolPackageRuntimeIdentifiers={RuntimeInformation.RuntimeIdentifier}", "-p:PublishReadyToRun=false");
        await RunAsync("tool", "install", "Briefing.Tool", "--tool-path", Path.Combine(_root, "tools"), "--add-source", packages,
            "--version", version, "--ignore-failed-sources");
    }

    public Task DisposeAsync()
    {
        Directory.Delete(_root, recursive: true);
        return Task.CompletedTask;
    }

    private static async Task RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet {string.Join(' ', args)} failed:\n{await output}\n{await error}");
        }
    }
}
