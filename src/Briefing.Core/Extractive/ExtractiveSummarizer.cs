using Briefing.Articles;
using Briefing.Briefings;
using Briefing.Text;

namespace Briefing.Extractive;

/// <summary>Builds a briefing from the article's own sentences: the paragraph from the top-ranked sentences, the key points from the same ranking, shortened.</summary>
/// <remarks>
/// Boilerplate (datelines, bylines, captions, share prompts) is removed before ranking. Near-duplicates are skipped
/// (cosine of word counts above <see cref="RedundancyThreshold"/>), so no two key points and no two paragraph
/// sentences say the same. A key point is its sentence without asides and attribution; a sentence that cannot be
/// shortened is kept out of the paragraph, so no key point repeats the paragraph word for word.
/// </remarks>
public sealed class ExtractiveSummarizer(
    SentenceSplitter splitter, SentenceRanker ranker, WordTokenizer tokenizer, BoilerplateFilter boilerplate, KeyPointCompressor compressor)
{
    /// <summary>Above this cosine two sentences mostly share their words, e.g. a caption restating the lede.</summary>
    private const double RedundancyThreshold = 0.6;

    public BriefingContent Summarize(Article article, LengthPreset preset)
    {
        var sentences = article.Paragraphs.Select(boilerplate.StripHeader).SelectMany(splitter.Split).Select(boilerplate.Clean).OfType<string>().ToList();
        var ranked = ranker.Rank(sentences).OrderByDescending(s => s.Score).ThenBy(s => s.Index).ToList();

        var points = Select(ranked, preset.KeyPoints, int.MaxValue, _ => true)
            .OrderBy(s => s.Index)
            .Select(s => (Sentence: s, Point: compressor.Compress(s.Text)))
            .ToList();
        var used = points.Select(p => p.Sentence.Index).ToHashSet();

        var briefing = Select(ranked, int.MaxValue, (int)(preset.BriefingWords * 0.8), s => !used.Contains(s.Index));
        var paragraph = string.Join(' ', briefing.OrderBy(s => s.Index).Select(s => s.Text));
        return new BriefingContent(paragraph, points.Select(p => p.Point).ToList(), article.Language);
    }

    // Greedy in rank order: skip near-duplicates of what is already chosen; stop at the count or once the words reach the budget.
    private List<ScoredSentence> Select(List<ScoredSentence> ranked, int count, int words, Func<ScoredSentence, bool> allowed)
    {
        var chosen = new List<ScoredSentence>();
        var vectors = new List<Dictionary<string, double>>();
        var total = 0;
        foreach (var sentence in ranked)
        {
            if (chosen.Count >= count || total >= words)
            {
                break;
            }

            var vector = SentenceRanker.Weigh(tokenizer.ContentWords(sentence.Text));
            if (!allowed(sentence) || vector.Count == 0 || vectors.Any(v => SentenceRanker.Cosine(v, vector) > RedundancyThreshold))
            {
                continue;
            }

            chosen.Add(sentence);
            vectors.Add(vector);
            total += WordTokenizer.CountWords(sentence.Text);
        }

        return chosen;
    }
}
