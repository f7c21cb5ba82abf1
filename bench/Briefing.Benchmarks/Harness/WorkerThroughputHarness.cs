using System.Diagnostics;
using System.Globalization;
using Briefing.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Benchmarks.Harness;

/// <summary>
/// The real worker pass (inbox → pipeline → files → digest) over many articles with a model of fixed latency, then two
/// reruns: one with the state store intact (everything skipped) and one with a fresh state store but the same cache
/// (every briefing served from the cache).
/// </summary>
internal sealed class WorkerThroughputHarness(int articles, int concurrency, TimeSpan latency)
{
    public async Task<string> RunAsync()
    {
        var root = Directory.CreateTempSubdirectory("briefing-bench-worker-").FullName;
        try
        {
            var inbox = Path.Combine(root, "inbox");
            WriteInbox(inbox);
            var model = new ScriptedChatCompletionService(latency);
            var settings = new Dictionary<string, string?>
            {
                ["Briefing:Worker:InboxFolders:0"] = inbox,
                ["Briefing:Worker:OutputFolder"] = Path.Combine(root, "out"),
                ["Briefing:Worker:StateDatabase"] = Path.Combine(root, "state.db"),
                ["Briefing:Worker:Concurrency"] = concurrency.ToString(CultureInfo.InvariantCulture),
                ["Briefing:Cache:Enabled"] = "true",
                ["Briefing:Cache:Path"] = Path.Combine(root, "cache.db"),
            };
            await using var services = BenchmarkServices.Create(model, settings);

            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var first = await PassAsync(services);
            var allocatedPerArticle = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / (double)articles;
            var peakWorkingSet = Process.GetCurrentProcess().PeakWorkingSet64;
            var callsAfterFirst = model.Calls;

            RefillInbox(root, inbox);
            var skipped = await PassAsync(services);

            RefillInbox(root, inbox);
            // A new state database (SQLite pools connections per file, so a new path rather than a deleted file).
            settings["Briefing:Worker:StateDatabase"] = Path.Combine(root, "state-fresh.db");
            await using var freshState = BenchmarkServices.Create(model, settings);
            var cached = await PassAsync(freshState);

            var ideal = concurrency / latency.TotalSeconds;
            var throughput = first.Count(ArticleOutcome.Briefed) / first.Duration.TotalSeconds;
            return string.Create(CultureInfo.InvariantCulture, $"""
                worker, {articles} inbox articles, model latency {latency.TotalMilliseconds:0} ms, concurrency {concurrency}:
                  first pass: {first.Count(ArticleOutcome.Briefed)} briefed, {first.Count(ArticleOutcome.Duplicate)} duplicates, {first.Count(ArticleOutcome.Failed)} failed in {first.Duration.TotalSeconds:F1} s; model calls {callsAfterFirst}
                  throughput {throughput:F2} articles/s vs ideal {ideal:F2} (concurrency ÷ latency) = {throughput / ideal:P1} of ideal (target ≥ 90%)
                  allocated {allocatedPerArticle / 1024:F0} KB per article; peak working set {peakWorkingSet / (1024 * 1024)} MB
                  rerun, state intact: {skipped.Count(ArticleOutcome.Skipped)} skipped in {skipped.Duration.TotalSeconds:F2} s ({skipped.Duration.TotalMilliseconds / articles:F2} ms per article), model calls {model.Calls - callsAfterFirst}
                  rerun, fresh state, warm cache: {cached.Count(ArticleOutcome.Briefed)} briefed in {cached.Duration.TotalSeconds:F2} s ({cached.Duration.TotalMilliseconds / articles:F2} ms per article), model calls {model.Calls - callsAfterFirst}
                """);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static async Task<RunSummary> PassAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BriefingRunCoordinator>().RunAsync(CancellationToken.None);
    }

    private void WriteInbox(string inbox)
    {
        Directory.CreateDirectory(inbox);
        var body = SyntheticArticles.PlainText(600);
        for (var i = 0; i < articles; i++)
        {
            // A distinct headline and opening give every article its own content hash, as distinct stories would have.
            var story = body
                .Replace("Russian FM Lavrov", $"Story {i}: Russian FM Lavrov", StringComparison.Ordinal)
                .Replace("Russia’s top diplomat", $"In story {i}, Russia’s top diplomat", StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(inbox, $"story-{i:D4}.txt"), story);
        }
    }

    // Puts the processed articles back into the inbox, as if the same stories arrived again.
    private static void RefillInbox(string root, string inbox)
    {
        foreach (var file in Directory.GetFiles(Path.Combine(inbox, "processed")))
        {
            File.Move(file, Path.Combine(inbox, Path.GetFileName(file)));
        }
    }
}
