using System.Text.RegularExpressions;
using Briefing.Articles;
using Briefing.Briefings;
using Briefing.Text;

namespace Briefing.Grounding;

/// <summary>Checks a briefing against its article: quantities, names and quotations must occur in the article.</summary>
/// <remarks>
/// These are the statements a reader cannot tell from paraphrase and a model most often gets wrong. Everything is
/// compared after normalization (case, quote marks, "45%" = "45 per cent", "2.5 million" = "2,500,000"), and the
/// content-word precision is reported alongside as a softer measure of how much of the wording comes from the article.
/// </remarks>
internal sealed partial class GroundingChecker(WordTokenizer tokenizer, PorterStemmer stemmer)
{
    public GroundingReport Check(Article article, BriefingContent content)
    {
        var source = new SourceIndex(article, tokenizer, stemmer);
        var unsupported = new List<UnsupportedItem>();
        Inspect(source, content.Briefing, "briefing", unsupported);
        for (var i = 0; i < content.KeyPoints.Count; i++)
        {
            Inspect(source, content.KeyPoints[i], $"key point {i + 1}", unsupported);
        }

        var stems = content.KeyPoints.Prepend(content.Briefing).SelectMany(tokenizer.ContentWords).Select(stemmer.Stem).ToList();
        var precision = stems.Count == 0 ? 1.0 : stems.Count(source.Stems.Contains) / (double)stems.Count;
        return new GroundingReport(unsupported.Count == 0 ? GroundingVerdict.Grounded : GroundingVerdict.Unsupported, Math.Round(precision, 4), unsupported);
    }

    // Checked sentence by sentence: when sentences from different places are joined, a quotation mark left open in
    // one pairs with a mark in another, and the "quotation" between them crosses a gap the article does not have.
    // An ellipsis marks words left out, so each fragment around it is checked on its own.
    private static bool IsQuoted(SourceIndex source, string quote) =>
        FragmentBreak().Split(quote)
            .Select(QuoteFinder.Normalize)
            .Where(part => part.Trim().Length > 0)
            .All(part => source.Normalized.Contains(part, StringComparison.Ordinal));

    [GeneratedRegex(@"(?<=[.!?])\s+|[\[(]\s*(?:\u2026|\.{3})\s*[\])]|\u2026|\.{3,}")]
    private static partial Regex FragmentBreak();

    private static void Inspect(SourceIndex source, string text, string location, List<UnsupportedItem> unsupported)
    {
        var items = new List<UnsupportedItem>();
        foreach (var number in NumberFinder.Find(text, strict: true).Where(n => !source.Contains(n)))
        {
            items.Add(new UnsupportedItem(UnsupportedKind.Number, number.Text, location));
        }

        foreach (var name in NameFinder.Find(text).Where(n => !source.ContainsName(n)))
        {
            items.Add(new UnsupportedItem(UnsupportedKind.Name, name, location));
        }

        foreach (var quote in QuoteFinder.Find(text).Where(q => !IsQuoted(source, q)))
        {
            items.Add(new UnsupportedItem(UnsupportedKind.Quote, quote, location));
        }

        unsupported.AddRange(items.Distinct());
    }
}
