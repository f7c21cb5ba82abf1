using System.CommandLine;
using System.Text.Json;

namespace Briefing.App.Commands;

public sealed class EvalCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("briefing-eval-cli-").FullName;

    [Fact]
    public async Task Eval_SmallDataset_WritesMarkdownAndJsonReports()
    {
        var dataset = Path.Combine(_folder, "set.jsonl");
        await File.WriteAllLinesAsync(dataset,
        [
            """{"id": "a", "article": "(CNN)Four workers died in a fire on an oil rig off Mexico on Wednesday. Pemex said 45 workers were injured in the blaze. Two of them are in serious condition. The fire was put out by Wednesday night.", "reference": "Four workers died in an oil rig fire off Mexico.\n45 workers were injured."}""",
            """{"id": "b", "article": "The city council approved the new budget on Monday after a long debate. Spending on schools rises by 4 percent. The mayor welcomed the vote. Opponents said the plan cuts bus services.", "reference": "The council approved the budget on Monday."}""",
        ]);
        var report = Path.Combine(_folder, "report");

        var (exit, output, error) = await RunAsync("eval", dataset, "--output", report, "--provider", "extractive");

        Assert.True(exit == 0, error);
        Assert.Contains("| Lead-3 |", output, StringComparison.Ordinal);
        Assert.Equal(output, await File.ReadAllTextAsync(report + ".md"));
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(report + ".json"));
        Assert.Equal(2, json.RootElement.GetProperty("cases").GetInt32());
        Assert.Equal("key_points", json.RootElement.GetProperty("scored").GetString());
        Assert.Contains("Report written to", error, StringComparison.Ordinal);
        Assert.DoesNotContain("\r[", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_CasesFail_WritesTheReportAndExitsWithTheEvalFailureCode()
    {
        var dataset = Path.Combine(_folder, "set.jsonl");
        await File.WriteAllLinesAsync(dataset,
        [
            """{"id": "a", "article": "Four workers died in a fire on an oil rig off Mexico on Wednesday. Pemex said 45 workers were injured.", "reference": "Four workers died."}""",
            """{"id": "b", "article": "The city council approved the new budget on Monday. Spending on schools rises by 4 percent.", "reference": "The council approved the budget."}""",
        ]);
        var reply = Path.Combine(_folder, "reply.txt");
        await File.WriteAllTextAsync(reply, "I can't help with that.");
        var report = Path.Combine(_folder, "report");

        var (exit, output, error) = await RunAsync("eval", dataset, "--output", report, "--provider", "fake", "--fake-reply", reply);

        Assert.Equal(ExitCodes.EvalCasesFailed, exit);
        Assert.Equal(11, ExitCodes.EvalCasesFailed);
        Assert.Contains("## Failed cases (2 of 2", output, StringComparison.Ordinal);
        Assert.Contains("- Engine: unknown: no case produced a briefing, length short", output, StringComparison.Ordinal);
        Assert.True(File.Exists(report + ".json"));
        var last = error.TrimEnd().Split('\n')[^1];
        Assert.StartsWith("briefing: 2 of 2 cases failed and were not scored", last, StringComparison.Ordinal);
        Assert.Contains("first: a: The model declined to write this briefing", last, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_MissingDataset_ExitsWithInputNotFound()
    {
        var (exit, _, error) = await RunAsync("eval", Path.Combine(_folder, "missing.jsonl"));

        Assert.Equal(ExitCodes.InputNotFound, exit);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_MalformedLine_ExitsWithInputInvalidNamingTheLine()
    {
        var dataset = Path.Combine(_folder, "bad.jsonl");
        await File.WriteAllTextAsync(dataset, "{\"id\": \"a\"}\n");

        var (exit, _, error) = await RunAsync("eval", dataset);

        Assert.Equal(ExitCodes.InputInvalid, exit);
        Assert.Contains("line 1: \"article\" is missing", error, StringComparison.Ordinal);
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
