using System.Collections.Frozen;

namespace Briefing.Text;

/// <summary>Lower-cased word tokens for similarity scoring, with common English function words removed.</summary>
/// <remarks>Text in a script written without spaces (Chinese, Japanese) yields overlapping character pairs, so two sentences that share words still share tokens.</remarks>
internal sealed class WordTokenizer
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

    public IReadOnlyList<string> ContentWords(string text) => Words(text, skipStopWords: true);

    /// <summary>Every word, lower-cased, function words included: for comparing how sentences open.</summary>
    public IReadOnlyList<string> AllWords(string text) => Words(text, skipStopWords: false);

    public static int CountWords(string text) =>
        text.Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>Words as a reader counts them: space-separated words, plus one word per two characters of text written without spaces.</summary>
    public static int CountReadingWords(string text)
    {
        var unspaced = 0;
        foreach (var c in text)
        {
            unspaced += IsUnspacedScript(c) ? 1 : 0;
        }

        return CountWords(text) + (unspaced + 1) / 2;
    }

    private static bool IsUnspacedScript(char c) => c is >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF';

    private static List<string> Words(string text, bool skipStopWords)
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
            while (i < span.Length && char.IsLetterOrDigit(span[i]) && !IsUnspacedScript(span[i]))
            {
                i++;
            }

            if (i > start)
            {
                var word = span[start..i].ToString().ToLowerInvariant();
                if (!skipStopWords || !StopWords.Contains(word))
                {
                    words.Add(word);
                }

                continue;
            }

            // Characters pairs of an unspaced script: "北京大学" gives 北京, 京大, 大学.
            while (i < span.Length && IsUnspacedScript(span[i]))
            {
                words.Add(i + 1 < span.Length && IsUnspacedScript(span[i + 1]) ? span.Slice(i, 2).ToString() : span.Slice(i, 1).ToString());
                i++;
            }
        }

        return words;
    }
}
