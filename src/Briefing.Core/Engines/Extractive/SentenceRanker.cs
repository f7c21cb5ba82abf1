using Briefing.Text;

namespace Briefing.Engines.Extractive;

/// <summary>Scores sentences for a news briefing: position first, with fragments, questions and opening quotations held back.</summary>
/// <remarks>
/// News is written most-important-first, so the score starts from 1/(position+1); on the CNN/DailyMail development set
/// a centrality term (TF-IDF cosine with the article centroid) only lowered ROUGE, so centrality is used for
/// redundancy, not salience. Three kinds of sentence rarely carry a story's facts and are held back by a factor:
/// fragments under <see cref="MinWords"/> words (teasers, "Not any more."), questions (rhetorical hooks), and
/// sentences that open with a quotation (colour, not the news) or with a pronoun (they lean on the sentence before).
/// A held-back sentence competes as if it stood a few places later, so it can still be chosen when nothing better follows.
/// </remarks>
internal sealed class SentenceRanker(WordTokenizer tokenizer)
{
    /// <summary>Sentences shorter than this are fragments; 8 words is about half a typical news sentence.</summary>
    public const int MinWords = 8;

    /// <summary>Fragments and questions count as if they stood about three times further down.</summary>
    public const double WeakSentenceFactor = 0.3;

    /// <summary>A sentence opening with a quotation or a pronoun counts as if it stood about twice as far down.</summary>
    public const double QuotationFactor = 0.5;

    public IReadOnlyList<ScoredSentence> Rank(IReadOnlyList<string> sentences)
    {
        var scored = new ScoredSentence[sentences.Count];
        for (var i = 0; i < sentences.Count; i++)
        {
            var text = sentences[i];
            var score = 1.0 / (i + 1);
            if (WordTokenizer.CountWords(text) < MinWords || tokenizer.ContentWords(text).Count == 0)
            {
                score *= WeakSentenceFactor;
            }

            if (text.TrimEnd('"', '\'', '\u201D', '\u2019', ')').EndsWith('?'))
            {
                score *= WeakSentenceFactor;
            }

            if (text[0] is '"' or '\u201C' or '\'' or '\u2018' || DependsOnPrevious(text))
            {
                score *= QuotationFactor;
            }

            scored[i] = new ScoredSentence(i, text, score);
        }

        return scored;
    }

    /// <summary>"He noted ...", "This was ...": the sentence leans on the one before it and reads poorly on its own.</summary>
    public static bool DependsOnPrevious(string text)
    {
        var end = text.IndexOfAny([' ', ',']);
        var first = end < 0 ? text : text[..end];
        return first is "He" or "She" or "It" or "They" or "This" or "That" or "These" or "Those" or "His" or "Her" or "Their" or "Its";
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

    public static Dictionary<string, double> Weigh(IReadOnlyList<string> words)
    {
        var vector = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            vector[word] = vector.GetValueOrDefault(word) + 1.0;
        }

        return vector;
    }
}
