using Briefing.Support;

namespace Briefing.Evaluation;

public sealed class LeadBaselineTests
{
    [Fact]
    public void Summarize_TakesTheFirstThreeSentencesOneALine()
    {
        var lead = new LeadBaseline().Summarize("(CNN)One happened. \"Two?\" he asked. Three: done! Four never shows.");

        Assert.Equal("(CNN)One happened.\n\"Two?\" he asked.\nThree: done!", lead);
    }

    [Fact]
    public void Summarize_FewerSentences_ReturnsWhatThereIs()
    {
        Assert.Equal("Only one sentence here", new LeadBaseline().Summarize("  Only one sentence here  "));
    }

    [SharedDataFact(DevSetEvalFactAttribute.DevSet)]
    public async Task DevSet_Lead3_ReproducesThePublishedFigures()
    {
        var cases = await new EvalDataset().ReadAsync(Path.Combine(RepositoryPaths.Shared, DevSetEvalFactAttribute.DevSet), CancellationToken.None);
        var scorer = new RougeScorer(new RougeTokenizer(new Text.PorterStemmer()));
        var lead = new LeadBaseline();

        var scores = cases.Select(c => scorer.Score(c.Reference, lead.Summarize(c.Article))).ToList();
        var means = EvalMeans.Of(scores, []);

        // Published for this set (../shared/eval/README.md): 32.74 / 13.42 / 22.12 / 29.33.
        Assert.Equal(392, cases.Count);
        Assert.Equal(32.74, means.Rouge1, 0.05);
        Assert.Equal(13.42, means.Rouge2, 0.05);
        Assert.Equal(22.12, means.RougeL, 0.05);
        Assert.Equal(29.33, means.RougeLsum, 0.05);
    }
}
