namespace Briefing.Evaluation;

/// <summary>How a grouping compares with the labelled events: B-cubed precision, recall and F1, and the adjusted Rand index.</summary>
/// <remarks>
/// B-cubed scores every article: precision is the share of its group that reports its event, recall the share of its
/// event that is in its group. The adjusted Rand index counts agreeing pairs, corrected for chance (0 is chance, 1 is exact).
/// </remarks>
internal sealed record ClusterScores(double Precision, double Recall, double F1, double AdjustedRand)
{
    public static ClusterScores Of(IReadOnlyList<string> labels, IReadOnlyList<IReadOnlyList<int>> groups)
    {
        var n = labels.Count;
        var predicted = new int[n];
        for (var g = 0; g < groups.Count; g++)
        {
            foreach (var i in groups[g])
            {
                predicted[i] = g;
            }
        }

        double precision = 0, recall = 0;
        for (var i = 0; i < n; i++)
        {
            var group = Enumerable.Range(0, n).Where(j => predicted[j] == predicted[i]).ToList();
            var correct = group.Count(j => labels[j] == labels[i]);
            precision += (double)correct / group.Count;
            recall += (double)correct / labels.Count(l => l == labels[i]);
        }

        precision /= n;
        recall /= n;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ClusterScores(precision, recall, f1, Rand(labels, predicted));
    }

    private static double Rand(IReadOnlyList<string> labels, int[] predicted)
    {
        static double Pairs(int k) => k * (k - 1) / 2.0;
        var both = labels.Zip(predicted).GroupBy(p => p).Sum(g => Pairs(g.Count()));
        var truth = labels.GroupBy(l => l).Sum(g => Pairs(g.Count()));
        var guess = predicted.GroupBy(p => p).Sum(g => Pairs(g.Count()));
        var expected = truth * guess / Pairs(labels.Count);
        var max = (truth + guess) / 2;
        // Both partitions all singletons (or one group): agreement is complete and chance-correction is undefined.
        return max == expected ? 1 : (both - expected) / (max - expected);
    }
}
