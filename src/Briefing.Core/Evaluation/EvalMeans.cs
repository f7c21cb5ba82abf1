namespace Briefing.Evaluation;

/// <summary>Mean ROUGE F-measures over the scored cases, ×100 as papers report them, and the mean summary length.</summary>
internal sealed record EvalMeans(double Rouge1, double Rouge2, double RougeL, double RougeLsum, double Words)
{
    public static EvalMeans Of(IReadOnlyCollection<RougeScores> scores, IEnumerable<int> words) => scores.Count == 0
        ? new EvalMeans(0, 0, 0, 0, 0)
        : new EvalMeans(
            Percent(scores.Average(s => s.Rouge1.F)),
            Percent(scores.Average(s => s.Rouge2.F)),
            Percent(scores.Average(s => s.RougeL.F)),
            Percent(scores.Average(s => s.RougeLsum.F)),
            Math.Round(words.DefaultIfEmpty().Average(), 1));

    private static double Percent(double mean) => Math.Round(mean * 100, 2);
}
