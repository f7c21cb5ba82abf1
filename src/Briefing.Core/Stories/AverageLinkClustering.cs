namespace Briefing.Stories;

/// <summary>Agglomerative clustering: repeatedly joins the two groups whose mean pairwise similarity is highest, until none reaches the threshold.</summary>
/// <remarks>
/// Average link rather than single link: one article that happens to resemble an article of another story cannot
/// chain two stories together. The mean between a merged group and any other is updated from the two parts' means
/// (weighted by their sizes), so each step costs one scan of the remaining pairs. Ties break on the lowest indexes,
/// so the result depends only on the input order.
/// </remarks>
internal static class AverageLinkClustering
{
    public static IReadOnlyList<IReadOnlyList<int>> Cluster(double[,] similarity, double threshold)
    {
        var n = similarity.GetLength(0);
        var mean = (double[,])similarity.Clone();
        var groups = Enumerable.Range(0, n).Select(i => new List<int> { i }).ToArray();
        var active = Enumerable.Range(0, n).ToList();
        while (active.Count > 1)
        {
            var (best, x, y) = (double.NegativeInfinity, -1, -1);
            for (var i = 0; i < active.Count; i++)
            {
                for (var j = i + 1; j < active.Count; j++)
                {
                    var value = mean[active[i], active[j]];
                    if (value > best)
                    {
                        (best, x, y) = (value, active[i], active[j]);
                    }
                }
            }

            if (best < threshold)
            {
                break;
            }

            var (sizeX, sizeY) = (groups[x].Count, groups[y].Count);
            foreach (var k in active.Where(k => k != x && k != y))
            {
                mean[x, k] = mean[k, x] = ((sizeX * mean[x, k]) + (sizeY * mean[y, k])) / (sizeX + sizeY);
            }

            groups[x].AddRange(groups[y]);
            groups[x].Sort();
            active.Remove(y);
        }

        return active.Select(i => (IReadOnlyList<int>)groups[i]).ToList();
    }
}
