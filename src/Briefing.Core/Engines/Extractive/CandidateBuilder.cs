using Briefing.Articles;
using Briefing.Text;

namespace Briefing.Engines.Extractive;

/// <summary>Turns an article into the units the engine may quote: boilerplate removed, headings and captions dropped, quotations kept whole.</summary>
/// <remarks>
/// A sentence that opens a quotation the next sentences close is joined with them (at most <see cref="MaxJoined"/>
/// sentences of one paragraph), so a quotation is quoted whole or not at all. A short line without terminal punctuation
/// is a heading, caption or credit, not a sentence, and is dropped; an article with no punctuated sentence at all (raw text,
/// a list) keeps its lines.
/// </remarks>
internal sealed class CandidateBuilder(SentenceSplitter splitter, BoilerplateFilter boilerplate)
{
    /// <summary>A quotation of up to four sentences is common; longer ones are speeches, not key points.</summary>
    public const int MaxJoined = 4;

    /// <summary>Headings, captions and credits are short; a longer line without a full stop is text that lost its punctuation.</summary>
    public const int MaxHeadingWords = 30;

    public IReadOnlyList<Candidate> Build(Article article, string? language)
    {
        var units = Units(article, language, clean: true);
        if (units.Count == 0)
        {
            // Nothing but what looks like page furniture: brief it as it stands rather than return an empty briefing.
            units = Units(article, language, clean: false);
        }

        var punctuated = units.Where(u => EndsSentence(u.Text) || WordTokenizer.CountReadingWords(u.Text) > MaxHeadingWords).ToList();
        var kept = punctuated.Count > 0 ? punctuated : units;
        return kept.Select((u, i) => new Candidate(i, u.Text, u.Quotable)).ToList();
    }

    private List<(string Text, bool Quotable)> Units(Article article, string? language, bool clean)
    {
        var units = new List<(string Text, bool Quotable)>();
        foreach (var paragraph in article.Paragraphs)
        {
            var sentences = clean
                ? splitter.Split(boilerplate.StripHeader(paragraph), language).Select(boilerplate.Clean).OfType<string>().ToList()
                : splitter.Split(paragraph, language).ToList();
            for (var i = 0; i < sentences.Count; i++)
            {
                var text = sentences[i];
                var joined = 1;
                while (QuotationBalance.Of(text).Unclosed > 0 && i + 1 < sentences.Count && joined < MaxJoined)
                {
                    text += " " + sentences[++i];
                    joined++;
                }

                units.Add((text, QuotationBalance.Of(text).IsBalanced));
            }
        }

        return units;
    }

    /// <summary>Ends with . ! ? … or a CJK sentence end, possibly followed by closing quotes or brackets.</summary>
    public static bool EndsSentence(string text)
    {
        var end = text.Length - 1;
        while (end >= 0 && text[end] is ' ' or '\u00A0' or '\u202F' or '"' or '\'' or '\u201D' or '\u2019' or '\u00BB' or '\u201C' or ')' or ']' or '\u300D' or '\u300F' or '\uFF09')
        {
            end--;
        }

        return end >= 0 && text[end] is '.' or '!' or '?' or '\u2026' or '\u3002' or '\uFF01' or '\uFF1F';
    }
}
