using System.Text.RegularExpressions;
using Briefing.Briefings;
using Briefing.Text;

namespace Briefing.Evaluation;

/// <summary>Finds what makes a briefing hard to read on its own: glued headings, run-together sentences, boilerplate, dangling references, unnamed speakers, broken quotations, repetition, a paragraph that opens mid-story, runaway length.</summary>
/// <remarks>
/// Written from the reader's side and independent of how a briefing was made, so it judges a model's briefing as it
/// judges the extractive engine's. Key points are read as a list: a reference in point 3 may lean on a name in point 1
/// or 2. The paragraph must open with one of the article's first sentences (its lead).
/// </remarks>
internal sealed partial class ReadabilityChecker(SentenceSplitter splitter, SentenceOpening opening, WordTokenizer tokenizer)
{
    /// <summary>Longer than the longest sentences news prose has; a key point past this is a run-on or raw text.</summary>
    public const int MaxKeyPointChars = 600;

    /// <summary>Several times the longest preset's paragraph.</summary>
    public const int MaxParagraphChars = 3000;

    /// <summary>Share of the shorter key point's content words found in another key point above which the two say the same thing.</summary>
    public const double RepetitionShare = 0.6;

    /// <summary>The lead is among the article's first full sentences; a teaser or two ("Whoops.") can come before it.</summary>
    public const int LeadSentences = 4;

    /// <summary>How close the end of one key point must be to the start of the next for the second to continue the first.</summary>
    public const int AdjacentChars = 60;

    /// <summary>Shorter sentences are teasers, datelines or bylines, not a lead.</summary>
    public const int LeadMinWords = 6;

    public IReadOnlyList<ReadabilityFinding> Check(string article, BriefingContent content)
    {
        var findings = new List<ReadabilityFinding>();
        for (var i = 0; i < content.KeyPoints.Count; i++)
        {
            var point = content.KeyPoints[i];
            var location = $"key point {i + 1}";
            CheckText(point, location, findings);
            CheckOpening(article, point, content.Language, location, content.KeyPoints.Take(i).ToList(), findings);
            if (point.Length > MaxKeyPointChars)
            {
                findings.Add(new(ReadabilityDefect.Overlong, location, Excerpt(point)));
            }
        }

        CheckRepeats(content.KeyPoints, findings);
        if (content.Briefing.Length > 0)
        {
            CheckText(content.Briefing, "paragraph", findings);
            CheckOpening(article, content.Briefing, content.Language, "paragraph", [], findings);
            if (content.Briefing.Length > MaxParagraphChars)
            {
                findings.Add(new(ReadabilityDefect.Overlong, "paragraph", Excerpt(content.Briefing)));
            }

            if (!OpensWithLead(article, content.Briefing))
            {
                findings.Add(new(ReadabilityDefect.ParagraphOffLead, "paragraph", Excerpt(content.Briefing)));
            }
        }

        return findings;
    }

    private static void CheckText(string text, string location, List<ReadabilityFinding> findings)
    {
        if (GluedHeading().Match(text) is { Success: true } glued)
        {
            findings.Add(new(ReadabilityDefect.GluedHeading, location, Around(text, glued.Index)));
        }

        foreach (Match run in RunTogether().Matches(text))
        {
            if (!IsAddress(text, run.Index))
            {
                findings.Add(new(ReadabilityDefect.MissingSpace, location, Around(text, run.Index)));
                break;
            }
        }

        if (Boilerplate().Match(text) is { Success: true } boilerplate)
        {
            findings.Add(new(ReadabilityDefect.Boilerplate, location, Around(text, boilerplate.Index)));
        }

        if (!QuotationBalance.Of(text).IsBalanced)
        {
            findings.Add(new(ReadabilityDefect.UnbalancedQuotation, location, Excerpt(text)));
        }
    }

    private void CheckOpening(string article, string text, string? language, string location, List<string> earlier, List<ReadabilityFinding> findings)
    {
        var kind = opening.Classify(text, language, out var head);
        var resolved = kind switch
        {
            OpeningKind.SelfContained => true,
            OpeningKind.DefiniteDescription => earlier.Any(e => e.Contains(head!, StringComparison.OrdinalIgnoreCase)),
            // "He" or "This" may lean on the point just before it when that point is the sentence before it in the article.
            OpeningKind.Pronoun or OpeningKind.Demonstrative => earlier.Count > 0 && FollowsInArticle(article, earlier[^1], text),
            _ => false,
        };
        if (!resolved)
        {
            var defect = kind == OpeningKind.SpeakerTag ? ReadabilityDefect.SpeakerTag : ReadabilityDefect.DanglingReference;
            findings.Add(new(defect, location, Excerpt(text)));
        }
    }

    private void CheckRepeats(IReadOnlyList<string> points, List<ReadabilityFinding> findings)
    {
        var openings = points.Select(p => string.Join(' ', tokenizer.AllWords(p).Take(3))).ToList();
        var words = points.Select(p => tokenizer.ContentWords(p).ToHashSet(StringComparer.Ordinal)).ToList();
        for (var i = 0; i < points.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (openings[i].Length > 0 && openings[i] == openings[j] && openings[i].Count(c => c == ' ') == 2)
                {
                    findings.Add(new(ReadabilityDefect.RepeatedOpening, $"key points {j + 1} and {i + 1}", Excerpt(points[i])));
                }

                var (small, large) = words[i].Count <= words[j].Count ? (words[i], words[j]) : (words[j], words[i]);
                if (small.Count > 0 && (double)small.Count(large.Contains) / small.Count >= RepetitionShare)
                {
                    findings.Add(new(ReadabilityDefect.Repetition, $"key points {j + 1} and {i + 1}", Excerpt(points[i])));
                }
            }
        }
    }

    // The paragraph's first sentence must come from the article's first sentences: most of its content words are there.
    private bool OpensWithLead(string article, string paragraph)
    {
        var sentences = splitter.Split(paragraph);
        var first = sentences.Count > 0 ? sentences[0] : paragraph;
        var words = tokenizer.ContentWords(first);
        if (words.Count == 0)
        {
            return false;
        }

        var lead = splitter.Split(article.Length > 20_000 ? article[..20_000] : article)
            .Where(s => WordTokenizer.CountReadingWords(s) >= LeadMinWords).Take(LeadSentences).SelectMany(tokenizer.ContentWords).ToHashSet(StringComparer.Ordinal);
        return (double)words.Count(lead.Contains) / words.Count >= RepetitionShare;
    }

    private static bool FollowsInArticle(string article, string previous, string point)
    {
        var head = string.Join(' ', point.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(4));
        var tail = string.Join(' ', previous.TrimEnd('.', '!', '?', '"', '\'', '\u201D', '\u2019').Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeLast(3));
        if (tail.Length == 0)
        {
            return false;
        }

        // The same sentence can occur twice (a story that repeats its lede); any occurrence right after the previous point will do.
        for (var at = article.IndexOf(head, StringComparison.OrdinalIgnoreCase); at >= 0; at = article.IndexOf(head, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            // A trailing attribution the key point left out (", police said on Monday.") may stand between the two.
            if (article.AsSpan(Math.Max(0, at - AdjacentChars), Math.Min(at, AdjacentChars)).Contains(tail, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAddress(string text, int index)
    {
        var start = text.LastIndexOf(' ', index) + 1;
        var end = text.IndexOf(' ', index);
        var token = text.AsSpan(start, (end < 0 ? text.Length : end) - start);
        return token.Contains('@') || token.Contains("://", StringComparison.Ordinal) || token.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
    }

    private static string Excerpt(string text) => text.Length <= 80 ? text : text[..77] + "...";

    private static string Around(string text, int index)
    {
        var start = Math.Max(0, index - 30);
        var end = Math.Min(text.Length, index + 40);
        return text[start..end];
    }

    [GeneratedRegex(@"\p{Ll}\s+(?:The|An|In|It|He|She|They|We|This|But|More)\s+\p{Ll}|^(?!\S+\s+(?:\S+\s+)?(?:said|says|added|adds|told|tells|explained|wrote|writes|warned|continued|insisted|replied)\b)\p{Lu}\p{Ll}+(?:\s\p{Ll}+){1,2}:\s+\p{Lu}")]
    private static partial Regex GluedHeading();

    [GeneratedRegex(@"\p{Ll}{2}[.!?]\p{Lu}\p{Ll}")]
    private static partial Regex RunTogether();

    [GeneratedRegex(@"\b(?:read more|click here|scroll down|more updates on this story|image copyright|image caption|media caption|share this (?:article|story)|follow us on|sign up for|subscribe to|all rights reserved|getty images|published:|updated:)|^By\s+\.|\b(?:photo|picture|video):\s", RegexOptions.IgnoreCase)]
    private static partial Regex Boilerplate();

}
