namespace Briefing.Evaluation;

public sealed class ClusterScoresTests
{
    [Fact]
    public void Of_ExactGrouping_AllOnes()
    {
        var scores = ClusterScores.Of(["a", "a", "b"], [[0, 1], [2]]);

        Assert.Equal(new ClusterScores(1, 1, 1, 1), scores);
    }

    [Fact]
    public void Of_OneGroupForTwoEvents_PrecisionByArticle()
    {
        // Articles 0 and 1 each see 2 of 3 right, article 2 sees 1 of 3: precision (2/3 + 2/3 + 1/3) / 3 = 5/9.
        var scores = ClusterScores.Of(["a", "a", "b"], [[0, 1, 2]]);

        Assert.Equal(5.0 / 9, scores.Precision, 6);
        Assert.Equal(1, scores.Recall, 6);
        Assert.Equal(0, scores.AdjustedRand, 6);
    }

    [Fact]
    public void Of_SplitEvent_RecallByArticle()
    {
        var scores = ClusterScores.Of(["a", "a", "a", "a"], [[0, 1], [2, 3]]);

        Assert.Equal(1, scores.Precision, 6);
        Assert.Equal(0.5, scores.Recall, 6);
    }
}
