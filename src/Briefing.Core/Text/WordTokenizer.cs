using System.Collections.Frozen;

namespace Briefing.Text;

/// <summary>Lower-cased word tokens for similarity scoring, with common English function words removed.</summary>
public sealed class WordTokenizer
{
    private static readonly FrozenSet<string> StopWords = new[]
    {
        "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as",
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "it", "its",
        "this", "that", "these", "those", "he", "she", "they", "we", "you", "i", "his", "her", "their", "our", "your",
        "him", "them", "us", "me", "my", "not", "no", "so", "than", "then", "there", "here", "which", "who", "whom",
        "what", "when", "where", "why", "how", "will", "would", "can", "could", "should", "may", "might", "must",
        "said", "says", "also", "about", "into", "over", "after", "before", "more", "most", "some", "any", "all",
        "one", "up", "out", "just", "only", "very", "such", "s", "t",
    }.ToFrozenSet(StringComparer.Ordinal);

    public IReadOnlyList<string> ContentWords(string text)
    {
        var words = new List<string>();
        var span = text.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            while (i < span.Length && !char.IsLetterOrDigit(span[i]))
            {
                i++;
            }

            var start = i;
            while (i < span.Length && char.IsLetterOrDigit(span[i]))
            {
                i++;
            }

            if (i > start)
            {
                var word = span[start..i].ToString().ToLowerInvariant();
                if (!StopWords.Contains(word))
                {
                    words.Add(word);
                }
            }
        }

        return words;
    }

    public static int CountWords(string text) =>
        text.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Length;
}
