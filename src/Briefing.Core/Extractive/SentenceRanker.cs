using Briefing.Text;

namespace Briefing.Extractive;

/// <summary>Scores sentences by how central they are to the article and how early they come.</summary>
/// <remarks>
/// Centrality is the cosine similarity between a sentence's TF-IDF vector and the article's centroid; news puts
/// the most important facts first, so earlier sentences get a position prior. Very short fragments score low.
/// </remarks>
public sealed class SentenceRanker(WordTokenizer tokenizer)
{
    public IReadOnlyList<ScoredSentence> Rank(IReadOnlyList<string> sentences)
    {
        var words = sentences.Select(tokenizer.ContentWords).ToArray();
        var idf = InverseDocumentFrequency(words);
        var vectors = words.Select(w => Weigh(w, idf)).ToArray();
        var centroid = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var vector in vectors)
        {
            foreach (var (term, weight) in vector)
            {
                centroid[term] = centroid.GetValueOrDefault(term) + weight;
            }
        }

        var scored = new ScoredSentence[sentences.Count];
        for (var i = 0; i < sentences.Count; i++)
        {
            var position = 1.0 / Math.Sqrt(1 + i);
            var length = Math.Min(1.0, WordTokenizer.CountWords(sentences[i]) / 8.0);
            var centrality = Cosine(vectors[i], centroid);
            scored[i] = new ScoredSentence(i, sentences[i], length * (0.5 * centrality + 0.5 * position));
        }

        return scored;
    }

    public static double Cosine(IReadOnlyDictionary<string, double> a, IReadOnlyDictionary<string, double> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var dot = small.Sum(p => large.TryGetValue(p.Key, out var w) ? p.Value * w : 0);
        var norm = Math.Sqrt(a.Values.Sum(v => v * v)) * Math.Sqrt(b.Values.Sum(v => v * v));
        return norm == 0 ? 0 : dot / norm;
    }

    public static Dictionary<string, double> Weigh(IReadOnlyList<string> words, IReadOnlyDictionary<string, double> idf)
    {
        var vector = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            vector[word] = vector.GetValueOrDefault(word) + idf.GetValueOrDefault(word, 1.0);
        }

        return vector;
    }

    private static Dictionary<string, double> InverseDocumentFrequency(IReadOnlyList<string>[] documents)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            foreach (var word in document.Distinct(StringComparer.Ordinal))
            {
                frequency[word] = frequency.GetValueOrDefault(word) + 1;
            }
        }

        return frequency.ToDictionary(p => p.Key, p => Math.Log(1.0 + documents.Length / (double)p.Value), StringComparer.Ordinal);
    }
}
