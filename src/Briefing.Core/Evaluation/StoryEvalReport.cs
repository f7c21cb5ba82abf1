namespace Briefing.Evaluation;

/// <summary>Scores of the story grouping on a labelled set, beside the two baselines.</summary>
internal sealed record StoryEvalReport(string Dataset, int Articles, int Events, int Stories, ClusterScores Grouping, ClusterScores Singletons, ClusterScores TfIdf);
