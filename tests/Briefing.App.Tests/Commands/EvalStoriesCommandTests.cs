using System.CommandLine;

namespace Briefing.App.Commands;

public sealed class EvalStoriesCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("briefing-eval-stories-").FullName;

    [Fact]
    public async Task EvalStories_LabelledArticles_PrintsScoresBesideBothBaselines()
    {
        var dataset = Path.Combine(_folder, "set.jsonl");
        await File.WriteAllLinesAsync(dataset,
        [
            """{"cluster": "fire", "id": "1", "title": "Warehouse fire in Hamburg port", "published": "2026-03-10T07:00:00", "text": "A huge fire destroyed a timber warehouse in the port of Hamburg overnight, the fire brigade said. More than 200 firefighters fought the blaze for six hours."}""",
            """{"cluster": "fire", "id": "2", "title": "Hamburg warehouse blaze", "published": "2026-03-10T09:00:00", "text": "Some 200 firefighters battled a blaze at a timber warehouse in Hamburg's port for six hours overnight, the fire brigade said."}""",
            """{"cluster": "vote", "id": "3", "title": "Council passes budget", "text": "The city council approved the new budget on Monday after a long debate. Spending on schools rises by 4 percent."}""",
        ]);
        var report = Path.Combine(_folder, "stories.md");

        var (exit, output, error) = await RunAsync("eval-stories", dataset, "--output", report);

        Assert.True(exit == 0, error);
        Assert.Contains("3 articles, 2 labelled events, 2 stories found.", output, StringComparison.Ordinal);
        Assert.Contains("| Briefing stories | 1.000 | 1.000 | 1.000 | 1.000 |", output, StringComparison.Ordinal);
        Assert.Contains("| One story per article |", output, StringComparison.Ordinal);
        Assert.Contains("| TF-IDF average link (0.15) |", output, StringComparison.Ordinal);
        Assert.Equal(output, await File.ReadAllTextAsync(report));
    }

    [Fact]
    public async Task EvalStories_ArticleWithoutEvent_ExitsWithInputInvalid()
    {
        var dataset = Path.Combine(_folder, "set.jsonl");
        await File.WriteAllTextAsync(dataset, """{"id": "1", "text": "Some text."}""");

        var (exit, _, error) = await RunAsync("eval-stories", dataset);

        Assert.Equal(ExitCodes.InputInvalid, exit);
        Assert.Contains("line 1: \"cluster\" is missing", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalStories_MissingDataset_ExitsWithInputNotFound()
    {
        var (exit, _, error) = await RunAsync("eval-stories", Path.Combine(_folder, "missing.jsonl"));

        Assert.Equal(ExitCodes.InputNotFound, exit);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalStories_Summaries_ScoresOneStoryBriefingPerTopicBesideTheFirstArticle()
    {
        var dataset = Path.Combine(_folder, "topics.jsonl");
        await File.WriteAllLinesAsync(dataset,
        [
            """{"cluster": "fire", "id": "1", "title": "Warehouse fire in Hamburg port", "text": "A huge fire destroyed a timber warehouse in the port of Hamburg overnight, the fire brigade said. More than 200 firefighters fought the blaze for six hours."}""",
            """{"cluster": "fire", "id": "2", "title": "Smoke warning", "text": "Residents near the port were told to keep their windows closed because of the smoke. Police are investigating the cause of the fire."}""",
        ]);
        var summaries = Path.Combine(_folder, "summaries.jsonl");
        await File.WriteAllTextAsync(summaries, """{"cluster": "fire", "references": ["A fire destroyed a warehouse in Hamburg's port. Residents were told to keep windows closed while police investigate."]}""");

        var (exit, output, error) = await RunAsync("eval-stories", dataset, "--summaries", summaries, "--provider", "extractive");

        Assert.True(exit == 0, error);
        Assert.Contains("| fire | 2 |", output, StringComparison.Ordinal);
        Assert.Contains("| **Mean** |", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalStories_MissingSummaries_ExitsWithInputNotFound()
    {
        var dataset = Path.Combine(_folder, "topics.jsonl");
        await File.WriteAllTextAsync(dataset, """{"cluster": "a", "id": "1", "text": "Some text."}""");

        var (exit, _, error) = await RunAsync("eval-stories", dataset, "--summaries", Path.Combine(_folder, "none.jsonl"));

        Assert.Equal(ExitCodes.InputNotFound, exit);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await BriefingCli.Create().Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
