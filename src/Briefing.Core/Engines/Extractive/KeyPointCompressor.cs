using System.Text.RegularExpressions;

namespace Briefing.Engines.Extractive;

/// <summary>Shortens an article sentence into a key point by removing parts that carry no fact of their own.</summary>
/// <remarks>
/// Only removals that keep the sentence grammatical: asides in parentheses or between dashes (never inside a
/// sentence that quotes someone, so quotations stay verbatim), a leading connective
/// ("But", "However,"), a leading scene-setting phrase ("Speaking in Moscow on Monday, ...") and a trailing attribution
/// (", police said."). Facts are never reworded, so a point still reads as the article wrote it.
/// </remarks>
internal sealed partial class KeyPointCompressor
{
    public string Compress(string sentence)
    {
        // Quotations are left exactly as the article has them, asides included.
        var point = Quotation().IsMatch(sentence) ? sentence : DashAside().Replace(Parenthetical().Replace(sentence, string.Empty), " ");
        point = Connective().Replace(point, string.Empty);
        point = LeadingPhrase().Replace(point, string.Empty);
        point = Attribution().Replace(point, "$1");
        point = Spaces().Replace(point, " ").Trim();
        if (point.Length == 0 || WordCount(point) < 4)
        {
            return sentence;
        }

        return char.IsLower(point[0]) ? char.ToUpperInvariant(point[0]) + point[1..] : point;
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    [GeneratedRegex(@"\s*\((?![^)]*\d{4})[^()]{1,80}\)")]
    private static partial Regex Parenthetical();

    [GeneratedRegex(@"^(?:But|And|So|Yet|However|Meanwhile|Still|Now|Also|In addition|Indeed)\s*,?\s+(?=\S)")]
    private static partial Regex Connective();

    // ", police said." / ", according to the ministry." / ", he told CNN on Monday." at the end of a statement.
    [GeneratedRegex(@",\s*(?:(?:according to|citing)\s+[^,.;""”]{2,60}|(?:[A-Za-z][\w'’.-]*\s){0,5}(?:said|says|told [A-Z][\w]*|reported|reports|added|announced|confirmed)(?:\s+(?:on\s+)?[A-Z]?[a-z]+day)?(?:\s+(?:in a statement|on Twitter))?)(\s*[.!?][""”’']?)$")]
    private static partial Regex Attribution();

    [GeneratedRegex(@"\s+(?:--|—|–)\s+[^-—–]{1,80}?\s+(?:--|—|–)\s+")]
    private static partial Regex DashAside();

    // "Speaking at the start of a meeting with Putin, " before a capitalized subject; at most 12 words, no quotation.
    [GeneratedRegex(@"^(?:[A-Z][a-z]+ing|In|On|At|After|Before|During|Since|Following|Despite|Earlier|Later)\s[^,""“]{0,70},\s+(?=[A-Z][^.!?]{40})")]
    private static partial Regex LeadingPhrase();

    [GeneratedRegex(@"[""\u201C\u201D]|(?<![\w'\u2019])['\u2018]\w")]
    private static partial Regex Quotation();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Spaces();
}
