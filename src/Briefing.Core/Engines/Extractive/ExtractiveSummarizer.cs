using Briefing.Articles;
using Briefing.Briefings;
using Briefing.Text;

namespace Briefing.Engines.Extractive;

/// <summary>Builds a briefing from the article's own sentences: a paragraph that opens with the lead, and key points that each read on their own.</summary>
/// <remarks>
/// Key points take the top-ranked sentences, shortened, that a reader can understand without the article: one that
/// opens with a pronoun, a demonstrative, a bare "The striker" or "She added:" is kept only when what it refers to is
/// in the key point before it or in an earlier one, or when the sentence before names the person plainly (then the
/// name replaces the pronoun as a bracketed edit), or merged with the sentence before when that one reads on its own
/// and both fit in a key point; otherwise the next sentence is taken. No two key points say the
/// same thing (cosine of word counts above <see cref="RedundancyThreshold"/>, or most of one's words in the other) or
/// open with the same three words. The paragraph opens with the story's lead and continues with the next-ranked
/// sentences the key points do not use, in article order. Quotations are quoted whole or not at all. Lengths are
/// bounded whatever the input: a key point by <see cref="MaxKeyPointChars"/>, the paragraph by its word target.
/// </remarks>
internal sealed class ExtractiveSummarizer(
    CandidateBuilder candidates, SentenceRanker ranker, WordTokenizer tokenizer, KeyPointCompressor compressor,
    SentenceOpening opening, AntecedentFinder antecedents, LanguageDetector detector)
{
    /// <summary>Above this cosine two sentences mostly share their words, e.g. a caption restating the lede.</summary>
    private const double RedundancyThreshold = 0.6;

    /// <summary>Across the reports of one story, two outlets tell one fact in their own words: a lower cosine already means the same fact.</summary>
    private const double StoryRedundancyThreshold = 0.35;

    /// <summary>Most of a shorter sentence's content words in a longer one: the same statement.</summary>
    private const double ContainedShare = 0.6;

    /// <summary>About 60 words: a long news sentence. A longer unit is a run-on or raw text and is cut at a clause.</summary>
    public const int MaxKeyPointChars = 400;

    /// <summary>Characters per target word allowed to the paragraph (twice the target at 7 characters a word), so text without spaces stays bounded too.</summary>
    public const int ParagraphCharsPerWord = 14;

    public BriefingContent Summarize(Article article, LengthPreset preset) => Summarize(article, preset, detector.Detect(article.Body));

    public BriefingContent Summarize(Article article, LengthPreset preset, DetectedLanguage language)
    {
        var code = language.Code ?? article.Language;
        var splitting = language.Code is { } c && Abbreviations.Languages.Contains(c) ? c : null;
        var story = article.Kind == ArticleKind.Story && article.Reports.Count > 1;
        var (units, scores) = story ? RankReports(article.Reports, splitting) : RankArticle(article, splitting);
        var redundancy = story ? StoryRedundancyThreshold : RedundancyThreshold;
        var ranked = units.Where(u => u.Quotable).OrderByDescending(u => scores[u.Index].Score).ThenBy(u => u.Index).ToList();
        if (ranked.Count == 0)
        {
            // Nothing but broken quotations: quote them anyway, marked as cut, so the article is still briefed.
            ranked = units.Select(u => u with { Text = QuotationBalance.Complete(u.Text) }).ToList();
        }

        var points = ChooseKeyPoints(units, ranked, preset.KeyPoints, code, redundancy);
        var byPosition = ranked.OrderBy(u => u.Index).ToList();
        var lead = byPosition.Find(u => IsLead(u.Text, code)) ?? byPosition.FirstOrDefault();
        var paragraph = lead is null ? [] : ChooseParagraph(ranked, points, lead, preset, code, redundancy, story);
        if (units.Count <= preset.KeyPoints && paragraph.Count == 1 && points.Any(p => p.Unit.Index == paragraph[0].Index)
            && !points.Any(p => p.Unit.Index == paragraph[0].Index + 1 && opening.Classify(p.Text, code, out _) != OpeningKind.SelfContained))
        {
            // A very short article: the lead is the paragraph and the other sentences are the key points.
            points = points.Where(p => p.Unit.Index != paragraph[0].Index).ToList();
        }

        // Whole sentences go first when the paragraph runs long; only a lead that alone is too long is cut.
        var maxChars = Math.Max(preset.BriefingWords * ParagraphCharsPerWord, MaxKeyPointChars);
        var ordered = paragraph.OrderBy(u => u.Index).ToList();
        while (ordered.Count > 1 && ordered.Sum(u => u.Text.Length + 1) > maxChars)
        {
            ordered.RemoveAt(ordered.Count - 1);
        }

        // A lead cut inside its quotation closes the quotation after the cut, so the paragraph still balances.
        var text = LengthBound.Cut(Join(ordered.Select(u => u.Text)), maxChars);
        text = QuotationBalance.Of(text).IsBalanced ? text : QuotationBalance.Complete(text.TrimEnd('\u2026'));
        // Reports that give different counts are not reconciled silently: the reader is told, with each source's figure.
        IReadOnlyList<string> disagreements = story ? ReportDisagreements.Find(article.Reports) : [];
        return new BriefingContent(
            text,
            [.. points.OrderBy(p => p.Unit.Index).Select(p => p.Text), .. disagreements],
            code);
    }

    private (IReadOnlyList<Candidate> Units, IReadOnlyList<ScoredSentence> Scores) RankArticle(Article article, string? language)
    {
        var units = candidates.Build(article, language);
        return (units, ranker.Rank(units.Select(u => u.Text).ToList()));
    }

    // Each report is ranked on its own, so every outlet's lede competes as a lede; indexes run on across the reports,
    // so sentences keep the reports' order in the paragraph.
    private (IReadOnlyList<Candidate> Units, IReadOnlyList<ScoredSentence> Scores) RankReports(IReadOnlyList<Article> reports, string? language)
    {
        var units = new List<Candidate>();
        var scores = new List<ScoredSentence>();
        foreach (var report in reports)
        {
            var (own, ranked) = RankArticle(report, language);
            var offset = units.Count;
            units.AddRange(own.Select(u => u with { Index = u.Index + offset }));
            scores.AddRange(ranked.Select(r => r with { Index = r.Index + offset }));
        }

        return (units, scores);
    }

    // Chinese and Japanese sentences follow each other without a space.
    private static string Join(IEnumerable<string> sentences) =>
        sentences.Aggregate(string.Empty, (text, next) => text.Length == 0 ? next : text[^1] is '\u3002' or '\uFF01' or '\uFF1F' or '\u201D' or '\u300D' ? text + next : text + " " + next);

    private List<(Candidate Unit, string Text)> ChooseKeyPoints(IReadOnlyList<Candidate> units, List<Candidate> ranked, int count, string? language, double redundancy)
    {
        var chosen = new List<(Candidate Unit, string Text)>();
        var vectors = new List<Dictionary<string, double>>();
        foreach (var unit in ranked)
        {
            if (chosen.Count >= count)
            {
                break;
            }

            // The cheap test first: on a long article most candidates fall here and are never shortened.
            var vector = SentenceRanker.Weigh(tokenizer.ContentWords(unit.Text));
            if (vector.Count == 0 || IsRedundant(vector, vectors, redundancy))
            {
                continue;
            }

            var text = LengthBound.Cut(compressor.Compress(unit.Text), MaxKeyPointChars);
            var standing = QuotationBalance.Of(text).IsBalanced ? StandAlone(text, unit, units, chosen, language) : null;
            var shortened = standing is null ? [] : SentenceRanker.Weigh(tokenizer.ContentWords(standing));
            if (standing is null || shortened.Count == 0 || IsRedundant(shortened, vectors, redundancy) || SameOpening(standing, chosen))
            {
                continue;
            }

            chosen.Add((unit, standing));
            vectors.Add(shortened);
        }

        return chosen;
    }

    // The key point as a reader can take it on its own, or null when it leans on something the key points lack.
    private string? StandAlone(string text, Candidate unit, IReadOnlyList<Candidate> units, List<(Candidate Unit, string Text)> chosen, string? language)
    {
        var kind = opening.Classify(text, language, out var head);
        var previousChosen = chosen.Any(c => c.Unit.Index == unit.Index - 1);
        return kind switch
        {
            OpeningKind.SelfContained => text,
            OpeningKind.DefiniteDescription when chosen.Any(c => c.Unit.Index < unit.Index && c.Text.Contains(head!, StringComparison.OrdinalIgnoreCase)) => text,
            OpeningKind.Pronoun or OpeningKind.Demonstrative when previousChosen => text,
            OpeningKind.Pronoun or OpeningKind.SpeakerTag when unit.Index > 0 && antecedents.Resolve(text, units[unit.Index - 1].Text) is { } named => named,
            _ when unit.Index > 0 => Merge(units[unit.Index - 1], text, language),
            _ => null,
        };
    }

    private string? Merge(Candidate previous, string text, string? language)
    {
        var lead = compressor.Compress(previous.Text);
        return previous.Quotable && lead.Length + text.Length < MaxKeyPointChars && opening.Classify(lead, language, out _) == OpeningKind.SelfContained
            ? lead + " " + text
            : null;
    }

    private static bool IsRedundant(Dictionary<string, double> vector, List<Dictionary<string, double>> chosen, double threshold) =>
        chosen.Any(v => SentenceRanker.Cosine(v, vector) > threshold || Contained(v, vector));

    private static bool Contained(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        return small.Count > 0 && (double)small.Keys.Count(large.ContainsKey) / small.Count >= ContainedShare;
    }

    private bool SameOpening(string text, List<(Candidate Unit, string Text)> chosen)
    {
        var opening = tokenizer.AllWords(text).Take(3).ToList();
        return opening.Count == 3 && chosen.Any(c => tokenizer.AllWords(c.Text).Take(3).SequenceEqual(opening));
    }

    // The lead tells what happened: a full sentence, not a question, that needs nothing before it.
    private bool IsLead(string text, string? language) =>
        WordTokenizer.CountReadingWords(text) >= SentenceRanker.MinWords && !text.TrimEnd('"', '\'', '\u201D', '\u2019').EndsWith('?')
        && opening.Classify(text, language, out _) == OpeningKind.SelfContained;

    private List<Candidate> ChooseParagraph(
        List<Candidate> ranked, List<(Candidate Unit, string Text)> points, Candidate lead, LengthPreset preset, string? language, double redundancy, bool story)
    {
        var chosen = new List<Candidate> { lead };
        var budget = (int)(preset.BriefingWords * 0.8);
        var words = WordTokenizer.CountReadingWords(lead.Text);
        var vectors = points.Select(p => SentenceRanker.Weigh(tokenizer.ContentWords(p.Text))).Append(SentenceRanker.Weigh(tokenizer.ContentWords(lead.Text))).ToList();
        foreach (var unit in ranked)
        {
            if (words >= budget)
            {
                break;
            }

            // In a story the paragraph mixes reports, so a fragment ("No one was hurt.") would lose the sentence it answers.
            if (unit.Index <= lead.Index || points.Any(p => p.Unit.Index == unit.Index)
                || (story && WordTokenizer.CountReadingWords(unit.Text) < SentenceRanker.MinWords))
            {
                continue;
            }

            var vector = SentenceRanker.Weigh(tokenizer.ContentWords(unit.Text));
            if (vector.Count == 0 || IsRedundant(vector, vectors, redundancy))
            {
                continue;
            }

            // Read as prose, a sentence that leans on the one before it only follows that one; the lead comes first.
            if (opening.Classify(unit.Text, language, out _) != OpeningKind.SelfContained && chosen.All(c => c.Index != unit.Index - 1))
            {
                continue;
            }

            chosen.Add(unit);
            vectors.Add(vector);
            words += WordTokenizer.CountReadingWords(unit.Text);
        }

        return chosen;
    }
}
