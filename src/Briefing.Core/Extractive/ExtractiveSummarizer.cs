using Briefing.Articles;
using Briefing.Briefings;
using Briefing.Text;

namespace Briefing.Extractive;

/// <summary>Builds a briefing from the article's own sentences: key points from the top-ranked ones, shortened; the paragraph from the next ones.</summary>
/// <remarks>
/// Boilerplate (datelines, bylines, captions, share prompts) is removed before ranking. Near-duplicates are skipped
/// (cosine of word counts above <see cref="RedundancyThreshold"/>), so nothing is said twice. The key points take the
/// top-ranked sentences, each without asides and attribution, because a reader skims them first and they carry the
/// most facts; the paragraph continues with the next-ranked sentences in article order.
/// </remarks>
public sealed class ExtractiveSummarizer(
    SentenceSplitter splitter, SentenceRanker ranker, WordTokenizer tokenizer, BoilerplateFilter boilerplate, KeyPointCompressor compressor)
{
    /// <summary>Above this cosine two sentences mostly share their words, e.g. a caption restating the lede.</summary>
    private const double RedundancyThreshold = 0.6;

    /// <summary>Across the reports of one story, two outlets tell one fact in their own words: a lower cosine already means the same fact.</summary>
    private const double StoryRedundancyThreshold = 0.35;

    public BriefingContent Summarize(Article article, LengthPreset preset)
    {
        var story = article.Kind == ArticleKind.Story && article.Reports.Count > 1;
        var ranked = (story ? RankReports(article.Reports) : Rank(article.Paragraphs)).OrderByDescending(s => s.Score).ThenBy(s => s.Index).ToList();
        var redundancy = story ? StoryRedundancyThreshold : RedundancyThreshold;

        // Key points choose first: they carry the main facts. The paragraph adds the next distinct sentences, so
        // nothing is said twice.
        var points = Select(ranked, [], preset.KeyPoints, int.MaxValue, redundancy, (_, _) => true);

        // The paragraph is read as prose: a sentence that leans on the one before it ("He noted ...") only joins after that one.
        // In a story the paragraph mixes reports, so a fragment ("No one was hurt.") would lose the sentence it answers.
        var briefing = Select(ranked.Except(points).ToList(), points, int.MaxValue, (int)(preset.BriefingWords * 0.8), redundancy,
            (s, chosen) => (!SentenceRanker.DependsOnPrevious(s.Text) || chosen.Any(c => c.Index == s.Index - 1))
                && (!story || WordTokenizer.CountWords(s.Text) >= SentenceRanker.MinWords));
        if (briefing.Count == 0 && points.Count > 0)
        {
            // A very short article: the lede becomes the paragraph and the rest stay key points.
            briefing = [points[0]];
            points = points.Skip(1).ToList();
        }

        // Reports that give different counts are not reconciled silently: the reader is told, with each source's figure.
        IReadOnlyList<string> disagreements = story ? ReportDisagreements.Find(article.Reports) : [];
        return new BriefingContent(
            string.Join(' ', briefing.OrderBy(s => s.Index).Select(s => s.Text)),
            [.. points.OrderBy(s => s.Index).Select(s => compressor.Compress(s.Text)), .. disagreements],
            article.Language);
    }

    private IReadOnlyList<ScoredSentence> Rank(IEnumerable<string> paragraphs) =>
        ranker.Rank(paragraphs.Select(boilerplate.StripHeader).SelectMany(splitter.Split).Select(boilerplate.Clean).OfType<string>().ToList());

    // Each report is ranked on its own, so every outlet's lede competes as a lede; indexes run on across the reports,
    // so sentences keep the reports' order in the paragraph.
    private List<ScoredSentence> RankReports(IReadOnlyList<Article> reports)
    {
        var all = new List<ScoredSentence>();
        foreach (var report in reports)
        {
            var offset = all.Count;
            all.AddRange(Rank(report.Paragraphs).Select(s => s with { Index = s.Index + offset }));
        }

        return all;
    }

    // Greedy in rank order: skip near-duplicates of what is already chosen (or of <paramref name="taken"/>); stop at
    // the count or once the words reach the budget.
    private List<ScoredSentence> Select(
        List<ScoredSentence> ranked, List<ScoredSentence> taken, int count, int words, double redundancy, Func<ScoredSentence, List<ScoredSentence>, bool> fits)
    {
        var chosen = new List<ScoredSentence>();
        var vectors = taken.Select(s => SentenceRanker.Weigh(tokenizer.ContentWords(s.Text))).ToList();
        var total = 0;
        foreach (var sentence in ranked)
        {
            if (chosen.Count >= count || total >= words)
            {
                break;
            }

            var vector = SentenceRanker.Weigh(tokenizer.ContentWords(sentence.Text));
            if (!fits(sentence, chosen) || vector.Count == 0 || vectors.Any(v => SentenceRanker.Cosine(v, vector) > redundancy))
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
