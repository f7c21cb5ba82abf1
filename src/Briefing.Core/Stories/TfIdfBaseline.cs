using Briefing.Text;

namespace Briefing.Stories;

/// <summary>The plain baseline a grouping must beat: TF-IDF cosine of headline and whole text, unstemmed, average link at a fixed threshold.</summary>
internal sealed class TfIdfBaseline(WordTokenizer tokenizer)
{
    /// <summary>The fixed threshold, chosen as the textbook setting rather than tuned.</summary>
    public const double Threshold = 0.15;

    public IReadOnlyList<IReadOnlyList<int>> Group(IReadOnlyList<StoryCandidate> articles)
    {
        var vectors = TermVectors.Build(articles.Select(a => (IReadOnlyList<string>)TermVectors.Terms(tokenizer, null, $"{a.Title} {a.Text}")).ToList());
        var n = articles.Count;
        var similarity = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                similarity[i, j] = i == j ? 1 : TermVectors.Cosine(vectors[i], vectors[j]);
            }
        }

        return AverageLinkClustering.Cluster(similarity, Threshold).OrderBy(g => g[0]).ToList();
    }
}
