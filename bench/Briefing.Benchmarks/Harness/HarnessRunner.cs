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
            // The plain Release build (JIT) and a ReadyToRun publish, side by side in one run.
            var builds = new (string Label, string Path, string HowToMake)[]
            {
                ("JIT (dotnet build -c Release)", Path.Combine(root, "src", "Briefing.App", "bin", "Release", "net10.0", "briefing"), "dotnet build -c Release src/Briefing.App"),
                ("ReadyToRun publish", Path.Combine(root, "artifacts", "r2r", "briefing"), "dotnet publish src/Briefing.App -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o artifacts/r2r"),
            };
            foreach (var (label, executable, howToMake) in builds)
            {
                if (!File.Exists(executable))
                {
                    Console.WriteLine($"{label}: not built; run `{howToMake}` first.");
                    continue;
                }

                var figures = await new ColdStartHarness(executable, Path.Combine(root, "samples", "lavrov-talks.txt"), runs: 15).RunAsync();
                Console.WriteLine($"{label}: {figures}");
            }
        }

        if (all || names.Contains("tokens"))
        {
            var tokens = new TokenHarness();
            Console.WriteLine(await tokens.RunAsync("sample article (849 words)", await File.ReadAllTextAsync(Path.Combine(root, "samples", "lavrov-talks.txt"))));
            Console.WriteLine(await tokens.RunAsync("1,000-word article", SyntheticArticles.PlainText(1_000)));
            Console.WriteLine(await tokens.RunAsync(
                "30,000-word article, 32,768-token context budget",
                SyntheticArticles.PlainText(30_000)));
            Console.WriteLine(await tokens.RunAsync(
                "30,000-word article, 8,192-token context budget",
                SyntheticArticles.PlainText(30_000),
                new Dictionary<string, string?> { ["Briefing:Model:ContextTokens"] = "8192" }));
        }

        // "worker" runs 250 then 1,000 articles in one process (peak working set is cumulative, so equal peaks mean bounded
        // memory); "worker=N" runs N articles only, for a quick check.
        var workerCounts = names.FirstOrDefault(n => n.StartsWith("worker=", StringComparison.Ordinal)) is { } custom
            ? [int.Parse(custom["worker=".Length..], System.Globalization.CultureInfo.InvariantCulture)]
            : new[] { 250, 1_000 };
        if (all || names.Any(n => n.StartsWith("worker", StringComparison.Ordinal)))
        {
            foreach (var count in workerCounts)
            {
                Console.WriteLine(await new WorkerThroughputHarness(count, concurrency: 8, latency: TimeSpan.FromMilliseconds(500)).RunAsync());
            }
        }

        if (all || names.Contains("local"))
        {
            var model = Path.GetFullPath(Path.Combine(root, "..", "shared", "models", "stories260K.gguf"));
            if (!File.Exists(model))
            {
                Console.WriteLine($"local: the test model {model} is absent; nothing measured.");
            }
            else
            {
                // The 260K-parameter story model tokenizes almost per character: 2,000 characters are about 1,300 tokens.
                var article = (await File.ReadAllTextAsync(Path.Combine(root, "samples", "lavrov-talks.txt")))[..2000];
                var harness = new LocalModelHarness(model, maxTokens: 400, runs: 5);
                Console.WriteLine(await harness.RunAsync("local, no grammar", article, withGrammar: false));
                Console.WriteLine(await harness.RunAsync("local, briefing grammar", article, withGrammar: true));
            }
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
