namespace Briefing.Stories;

/// <summary>Agglomerative clustering: repeatedly joins the two groups whose mean pairwise similarity is highest, until none reaches the threshold.</summary>
/// <remarks>
/// Average link rather than single link: one article that happens to resemble an article of another story cannot
/// chain two stories together. Ties break on the lowest indexes, so the result depends only on the input order.
/// </remarks>
internal static class AverageLinkClustering
{
    public static IReadOnlyList<IReadOnlyList<int>> Cluster(double[,] similarity, double threshold)
    {
        var n = similarity.GetLength(0);
        var groups = Enumerable.Range(0, n).Select(i => new List<int> { i }).ToList();
        while (groups.Count > 1)
        {
            var (best, x, y) = (double.NegativeInfinity, -1, -1);
            for (var i = 0; i < groups.Count; i++)
            {
                for (var j = i + 1; j < groups.Count; j++)
                {
                    var mean = Mean(similarity, groups[i], groups[j]);
                    if (mean > best)
                    {
                        (best, x, y) = (mean, i, j);
                    }
                }
            }

            if (best < threshold)
            {
                break;
            }

            groups[x].AddRange(groups[y]);
            groups[x].Sort();
            groups.RemoveAt(y);
        }

        return groups;
    }

    private static double Mean(double[,] similarity, List<int> a, List<int> b)
    {
        var sum = 0.0;
        foreach (var i in a)
        {
            foreach (var j in b)
            {
                sum += similarity[i, j];
            }
        }

        return sum / (a.Count * b.Count);
    }
}
