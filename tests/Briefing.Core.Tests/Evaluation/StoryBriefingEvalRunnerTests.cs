using Briefing.Briefings;
using Briefing.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Evaluation;

public sealed class StoryBriefingEvalRunnerTests
{
    private const string Topics = "eval/stories/wikinews_topics_dev.jsonl";
    private const string Summaries = "eval/stories/wikinews_topics_dev_summaries.jsonl";

    [SharedDataFact(Summaries)]
    public async Task RunAsync_DevelopmentTopics_StoryBriefingBeatsTheFirstArticleAlone()
    {
        using var services = TestPipeline.Create();
        var cases = await services.GetRequiredService<StoryEvalDataset>().ReadAsync(Path.Combine(RepositoryPaths.Shared, Topics), CancellationToken.None);
        var summaries = await StoryBriefingEvalRunner.ReadSummariesAsync(Path.Combine(RepositoryPaths.Shared, Summaries), CancellationToken.None);

        var report = await services.GetRequiredService<StoryBriefingEvalRunner>().RunAsync("dev", cases, summaries, new BriefingSettings(Length: BriefingLength.Long), CancellationToken.None);

        Assert.Equal(4, report.Topics.Count);
        Assert.True(report.StoryMean.Rouge1.F > report.FirstArticleMean.Rouge1.F, StoryBriefingEvalRunner.ToMarkdown(report));
        Assert.True(report.StoryMean.Rouge2.F > report.FirstArticleMean.Rouge2.F, StoryBriefingEvalRunner.ToMarkdown(report));
        Assert.True(report.StoryMean.RougeLsum.F > report.FirstArticleMean.RougeLsum.F, StoryBriefingEvalRunner.ToMarkdown(report));
    }

    [Fact]
    public async Task ReadSummariesAsync_LineWithoutReferences_NamesTheLine()
    {
        using var file = new TempFile(System.Text.Encoding.UTF8.GetBytes("{\"cluster\": \"a\", \"references\": [\"x\"]}\n{\"cluster\": \"b\"}"), ".jsonl");

        var e = await Assert.ThrowsAsync<EvalDatasetException>(() => StoryBriefingEvalRunner.ReadSummariesAsync(file.Path, CancellationToken.None));

        Assert.Contains("line 2", e.Message, StringComparison.Ordinal);
    }
}
