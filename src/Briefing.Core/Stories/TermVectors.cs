using System.Collections.Frozen;
using Briefing.Text;

namespace Briefing.Stories;

/// <summary>TF-IDF vectors of a batch of texts, unit length, with the inverse document frequency taken from the batch itself.</summary>
/// <remarks>
/// The batch is the only background there is offline. Term frequency is dampened (1 + ln tf) so a word repeated in
/// one long article does not outweigh the words two articles share; the IDF is smoothed, ln((n + 1) / (df + 1)) + 1,
/// so a word in every article still counts a little and a two-article batch still has a similarity.
/// </remarks>
internal static class TermVectors
{
    public static IReadOnlyList<Dictionary<string, double>> Build(IReadOnlyList<IReadOnlyList<string>> documents) => Build(documents, FrozenSet<string>.Empty, 1);

    /// <summary>Vectors in which each term of <paramref name="background"/> weighs <paramref name="backgroundWeight"/> times its TF-IDF.</summary>
    public static IReadOnlyList<Dictionary<string, double>> Build(IReadOnlyList<IReadOnlyList<string>> documents, FrozenSet<string> background, double backgroundWeight)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in documents.SelectMany(d => d.Distinct(StringComparer.Ordinal)))
        {
            frequency[term] = frequency.GetValueOrDefault(term) + 1;
        }

        var n = documents.Count;
        var vectors = new List<Dictionary<string, double>>(n);
        foreach (var document in documents)
        {
            var vector = document.GroupBy(t => t, StringComparer.Ordinal)
                .ToDictionary(
                    g => g.Key,
                    g => (1 + Math.Log(g.Count())) * (Math.Log((n + 1.0) / (frequency[g.Key] + 1.0)) + 1) * (background.Contains(g.Key) ? backgroundWeight : 1),
                    StringComparer.Ordinal);
            var norm = Math.Sqrt(vector.Values.Sum(v => v * v));
            if (norm == 0)
            {
                vectors.Add(vector);
                continue;
            }

            foreach (var term in vector.Keys.ToList())
            {
                vector[term] /= norm;
            }

            vectors.Add(vector);
        }

        return vectors;
    }

    public static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        if (a.Count > b.Count)
        {
            (a, b) = (b, a);
        }

        var sum = 0.0;
        foreach (var (term, weight) in a)
        {
            if (b.TryGetValue(term, out var other))
            {
                sum += weight * other;
            }
        }

        return sum;
    }

    /// <summary>Lower-cased content words (no stop words); with a stemmer, reduced to their stems.</summary>
    public static List<string> Terms(WordTokenizer tokenizer, PorterStemmer? stemmer, string text) =>
        tokenizer.ContentWords(text).Select(w => stemmer is null ? w : stemmer.Stem(w)).ToList();
}
