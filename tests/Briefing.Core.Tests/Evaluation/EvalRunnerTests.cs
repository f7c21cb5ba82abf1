using System.Globalization;
using Briefing.Briefings;
using Briefing.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Evaluation;

public sealed class EvalRunnerTests : IDisposable
{
    private readonly string _dataset = Path.Combine(Directory.CreateTempSubdirectory("briefing-eval-").FullName, "set.jsonl");

    [Fact]
    public async Task RunAsync_SmallSet_ScoresEveryCaseNextToLead3()
    {
        await File.WriteAllLinesAsync(_dataset,
        [
            """{"id": "a", "article": "(CNN)Four workers died in a fire on an oil rig off Mexico on Wednesday. Pemex said 45 workers were injured in the blaze. Two of them are in serious condition. The fire was put out by Wednesday night, the company said.", "reference": "Four workers died in an oil rig fire off Mexico.\n45 workers were injured, Pemex says."}""",
            "",
            """{"id": "b", "article": "The city council approved the new budget on Monday after a long debate. Spending on schools rises by 4 percent. The mayor welcomed the vote and said taxes will not rise. Opponents said the plan cuts bus services.", "reference": "The council approved the budget on Monday.\nSchool spending rises 4 percent."}""",
        ]);
        using var services = TestPipeline.Create();
        var cases = await services.GetRequiredService<EvalDataset>().ReadAsync(_dataset, CancellationToken.None);
        var progress = new List<int>();

        var report = await services.GetRequiredService<EvalRunner>().RunAsync(
            "set.jsonl", cases, new BriefingSettings(Length: BriefingLength.Short), SummaryTarget.KeyPoints, new SynchronousProgress(progress), CancellationToken.None);

        Assert.Equal(2, report.Cases);
        Assert.Equal(0, report.Failed);
        Assert.Equal([1, 2], progress);
        Assert.Equal("extractive", report.Engine);
        Assert.InRange(report.System.Rouge1, 30, 100);
        Assert.InRange(report.Lead3.Rouge1, 30, 100);
        Assert.Equal(100, report.GroundedPercent);
        Assert.Equal("Four workers died in a fire on an oil rig off Mexico on Wednesday.", report.Results[0].Summary!.Split('\n')[0]);
        Assert.Equal(2, report.Worst.Count);

        var writer = services.GetRequiredService<EvalReportWriter>();
        var markdown = writer.ToMarkdown(report);
        Assert.Contains("| Lead-3 |", markdown, StringComparison.Ordinal);
        Assert.Contains("## Worst cases", markdown, StringComparison.Ordinal);
        Assert.Contains("\"grounded_percent\": 100", writer.ToJson(report), StringComparison.Ordinal);
        Assert.Null(report.Usage);
        Assert.Contains("## Tokens\n\n- None: no model was called.", markdown.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_SomeCasesFail_ListsThemAndComparesLead3OverTheSameCases()
    {
        await File.WriteAllLinesAsync(_dataset,
        [
            """{"id": "a", "article": "Lavrov told Putin on Monday that talks with the West should go on. He said agreement was possible. Ukraine asked for an OSCE meeting.", "reference": "Lavrov urged more talks."}""",
            """{"id": "b", "article": "The council approved the budget on Monday. Spending on schools rises by 4 percent. The mayor welcomed the vote.", "reference": "The council approved the budget."}""",
        ]);
        var model = new Fakes.RecordingChatCompletionService(history =>
            history.Any(m => m.Content?.Contains("council", StringComparison.Ordinal) == true) ? "I can't help with that." : FakeReplies.Sample);
        using var services = TestPipeline.Create(model);
        var cases = await services.GetRequiredService<EvalDataset>().ReadAsync(_dataset, CancellationToken.None);

        var report = await services.GetRequiredService<EvalRunner>().RunAsync(
            "set.jsonl", cases, new BriefingSettings(), SummaryTarget.KeyPoints, null, CancellationToken.None);

        Assert.Equal(1, report.Failed);
        var failed = Assert.Single(report.FailedCases);
        Assert.Equal("b", failed.Id);
        Assert.StartsWith("The model declined to write this briefing", failed.Error, StringComparison.Ordinal);
        var onlyA = EvalMeans.Of([report.Results[0].Lead], [report.Results[0].LeadWords]);
        Assert.Equal(onlyA, report.Lead3);
        Assert.NotEqual(report.Lead3, report.Lead3AllCases);
        var markdown = services.GetRequiredService<EvalReportWriter>().ToMarkdown(report);
        Assert.Contains("| Lead-3 (same 1 case) |", markdown, StringComparison.Ordinal);
        Assert.Contains("## Failed cases (1 of 2: not scored, left out of both rows above)", markdown, StringComparison.Ordinal);
        Assert.Contains("| b | The model declined to write this briefing", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WithAModel_TotalsTokensAndCallsOverTheCases()
    {
        await File.WriteAllLinesAsync(_dataset,
        [
            """{"id": "a", "article": "Lavrov told Putin on Monday that talks with the West should go on.", "reference": "Lavrov urged more talks."}""",
            """{"id": "b", "article": "Ukraine asked for an OSCE meeting within 48 hours.", "reference": "Ukraine asked for an OSCE meeting."}""",
        ]);
        var model = TestPipeline.FakeModel(FakeReplies.Sample);
        using var services = TestPipeline.Create(model);
        var cases = await services.GetRequiredService<EvalDataset>().ReadAsync(_dataset, CancellationToken.None);

        var report = await services.GetRequiredService<EvalRunner>().RunAsync(
            "set.jsonl", cases, new BriefingSettings(), SummaryTarget.KeyPoints, null, CancellationToken.None);

        var usage = Assert.IsType<ModelUsage>(report.Usage);
        Assert.Equal(2, usage.ModelCalls);
        Assert.Equal(report.Results.Sum(r => r.Usage!.PromptTokens), usage.PromptTokens);
        Assert.True(usage.PromptTokens > 2 * 250, "each prompt carries the template and the article");
        Assert.True(usage.Estimated);
        var markdown = services.GetRequiredService<EvalReportWriter>().ToMarkdown(report);
        var expected = string.Create(CultureInfo.InvariantCulture, $"- {usage.PromptTokens:N0} prompt + {usage.CompletionTokens:N0} completion tokens in 2 model calls");
        Assert.Contains(expected, markdown, StringComparison.Ordinal);
        Assert.Contains("\"model_calls\": 2", services.GetRequiredService<EvalReportWriter>().ToJson(report), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ScoreBriefing_ScoresTheParagraphOneSentenceALine()
    {
        await File.WriteAllTextAsync(_dataset, """{"id": "a", "article": "The council approved the budget on Monday. Spending on schools rises by 4 percent. The mayor welcomed the vote. Opponents said the plan cuts bus services. A second vote follows in May.", "reference": "The council approved the budget."}""");
        using var services = TestPipeline.Create();
        var cases = await services.GetRequiredService<EvalDataset>().ReadAsync(_dataset, CancellationToken.None);

        var report = await services.GetRequiredService<EvalRunner>().RunAsync(
            "set.jsonl", cases, new BriefingSettings(Length: BriefingLength.Short), SummaryTarget.Briefing, null, CancellationToken.None);

        var summary = report.Results[0].Summary!;
        Assert.Equal(SummaryTarget.Briefing, report.Scored);
        Assert.Contains('\n', summary);
        // The paragraph opens with the story's lead, then a sentence the key points do not have, each on its own line.
        Assert.StartsWith("The council approved the budget on Monday.\n", summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json", "line 1: not valid JSON")]
    [InlineData("""{"id": "a", "article": "text"}""", "line 1: \"reference\" is missing")]
    [InlineData("""["a"]""", "line 1: expected a JSON object")]
    [InlineData("", "has no cases")]
    public async Task ReadAsync_BadLine_NamesTheLineAndTheProblem(string line, string message)
    {
        await File.WriteAllTextAsync(_dataset, line);

        var error = await Assert.ThrowsAsync<EvalDatasetException>(() => new EvalDataset().ReadAsync(_dataset, CancellationToken.None));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [DevSetEvalFact]
    public async Task DevSet_ExtractiveKeyPoints_BeatLead3()
    {
        using var services = TestPipeline.Create();
        var cases = await services.GetRequiredService<EvalDataset>().ReadAsync(Path.Combine(RepositoryPaths.Shared, DevSetEvalFactAttribute.DevSet), CancellationToken.None);

        var report = await services.GetRequiredService<EvalRunner>().RunAsync(
            "dev", cases, new BriefingSettings(Length: BriefingLength.Short), SummaryTarget.KeyPoints, null, CancellationToken.None);

        Assert.True(report.System.Rouge1 > report.Lead3.Rouge1, $"ROUGE-1 {report.System.Rouge1} vs Lead-3 {report.Lead3.Rouge1}");
        Assert.True(report.System.Rouge2 > report.Lead3.Rouge2, $"ROUGE-2 {report.System.Rouge2} vs Lead-3 {report.Lead3.Rouge2}");
        Assert.True(report.System.RougeLsum > report.Lead3.RougeLsum, $"ROUGE-Lsum {report.System.RougeLsum} vs Lead-3 {report.Lead3.RougeLsum}");
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_dataset)!, recursive: true);

    private sealed class SynchronousProgress(List<int> values) : IProgress<int>
    {
        public void Report(int value) => values.Add(value);
    }
}
