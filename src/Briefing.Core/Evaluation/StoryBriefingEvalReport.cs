namespace Briefing.Evaluation;

/// <summary>ROUGE of story briefings against human summaries of each topic, beside the briefing of the topic's first article alone.</summary>
/// <param name="Dataset">The topics file's name.</param>
/// <param name="Topics">Each scored topic: its id, article count, the story briefing's scores and the baseline's.</param>
internal sealed record StoryBriefingEvalReport(string Dataset, IReadOnlyList<StoryBriefingEvalReport.Topic> Topics)
{
    public RougeScores StoryMean => Mean(Topics.Select(t => t.Story).ToList());

    public RougeScores FirstArticleMean => Mean(Topics.Select(t => t.FirstArticle).ToList());

    private static RougeScores Mean(List<RougeScores> scores)
    {
        static RougeScore Average(IEnumerable<RougeScore> all)
        {
            var list = all.ToList();
            return list.Count == 0 ? RougeScore.Zero : new RougeScore(list.Average(s => s.Precision), list.Average(s => s.Recall), list.Average(s => s.F));
        }

        return new RougeScores(Average(scores.Select(s => s.Rouge1)), Average(scores.Select(s => s.Rouge2)), Average(scores.Select(s => s.RougeL)), Average(scores.Select(s => s.RougeLsum)));
    }

    /// <summary>One topic's scores.</summary>
    public sealed record Topic(string Id, int Articles, RougeScores Story, RougeScores FirstArticle);
}
