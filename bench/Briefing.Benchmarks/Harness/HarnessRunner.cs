namespace Briefing.Benchmarks.Harness;

/// <summary>Runs the whole-run measurements by name and prints one line of figures each.</summary>
internal static class HarnessRunner
{
    public static async Task<int> RunAsync(IReadOnlyList<string> names)
    {
        var all = names.Count == 0;
        var root = FindRepositoryRoot();
        if (all || names.Contains("cold-start"))
        {
            var executable = Path.Combine(root, "src", "Briefing.App", "bin", "Release", "net10.0", "briefing");
            if (!File.Exists(executable))
            {
                await Console.Error.WriteLineAsync($"Build the app first: dotnet build -c Release src/Briefing.App ({executable} not found).");
                return 1;
            }

            Console.WriteLine(await new ColdStartHarness(executable, Path.Combine(root, "samples", "lavrov-talks.txt"), runs: 15).RunAsync());
        }

        return 0;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Briefing.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run the harness from inside the repository.");
    }
}
