using Briefing.Articles;
using Briefing.Briefings;
using Briefing.Text;

namespace Briefing.Extractive;

/// <summary>Builds a briefing from the article's own sentences: the top-ranked ones form the paragraph, the next distinct ones the key points.</summary>
/// <remarks>Selection avoids near-duplicates (maximal marginal relevance) so key points never repeat the paragraph.</remarks>
public sealed class ExtractiveSummarizer(SentenceSplitter splitter, SentenceRanker ranker, WordTokenizer tokenizer)
{
    private const double RedundancyThreshold = 0.6;

    public BriefingContent Summarize(Article article, LengthPreset preset)
    {
        var sentences = article.Paragraphs.SelectMany(splitter.Split).ToList();
        var ranked = ranker.Rank(sentences).OrderByDescending(s => s.Score).ThenBy(s => s.Index).ToList();
        var chosen = new List<ScoredSentence>();
        var vectors = new List<IReadOnlyDictionary<string, double>>();

        var briefing = new List<ScoredSentence>();
        var words = 0;
        foreach (var sentence in ranked)
        {
            if (words >= preset.BriefingWords * 0.8 || !TryChoose(sentence, chosen, vectors))
            {
                continue;
            }

            briefing.Add(sentence);
            words += WordTokenizer.CountWords(sentence.Text);
        }

        var points = new List<ScoredSentence>();
        foreach (var sentence in ranked)
        {
            if (points.Count < preset.KeyPoints && !briefing.Contains(sentence) && TryChoose(sentence, chosen, vectors))
            {
                points.Add(sentence);
            }
        }

        var paragraph = string.Join(' ', briefing.OrderBy(s => s.Index).Select(s => s.Text));
        return new BriefingContent(paragraph, points.OrderBy(s => s.Index).Select(s => s.Text).ToList(), article.Language);
    }

    private bool TryChoose(ScoredSentence sentence, List<ScoredSentence> chosen, List<IReadOnlyDictionary<string, double>> vectors)
    {
        if (chosen.Contains(sentence))
        {
            return false;
        }

        var vector = SentenceRanker.Weigh(tokenizer.ContentWords(sentence.Text), new Dictionary<string, double>());
        if (vector.Count == 0 || vectors.Any(v => SentenceRanker.Cosine(v, vector) > RedundancyThreshold))
        {
            return false;
        }

        chosen.Add(sentence);
        vectors.Add(vector);
        return true;
    }
}
