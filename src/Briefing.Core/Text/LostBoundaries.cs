using System.Text.RegularExpressions;

namespace Briefing.Text;

/// <summary>Sentence boundaries that text copied from a web page has lost: a missing space after a full stop, a heading, caption or credit run into the next sentence.</summary>
internal static partial class LostBoundaries
{
    // "... on Radio 4's Feedback programme The controller of BBC Radio 3 has branded ...": a lower-case word (or a
    // credit's closing bracket, "(Getty Images) The ..."), then a capitalised article or pronoun followed by a
    // lower-case word, is a sentence start that lost its punctuation.
    public static IEnumerable<string> SplitGluedHeading(string sentence)
    {
        var start = 0;
        foreach (Match match in GluedStart().Matches(sentence).Concat(GalleryCredit().Matches(sentence)).OrderBy(m => m.Index))
        {
            yield return sentence[start..match.Index].Trim();
            start = match.Index + match.Length;
        }

        yield return sentence[start..].Trim();
    }

    // "a court has heard.Shocking allegations": a lower-case word, the mark, then a capitalised word, with no space. Not
    // "U.S.A" (single letters), "3.5" (digits), "www.Example.com" or "j.Doe@mail.com" (the token is an address).
    public static bool IsMissingSpace(string text, int mark, int end)
    {
        if (mark < 2 || end + 1 >= text.Length || !char.IsLower(text[mark - 1]) || !char.IsLower(text[mark - 2])
            || !char.IsUpper(text[end]) || !char.IsLower(text[end + 1]))
        {
            return false;
        }

        var tokenStart = text.LastIndexOfAny([' ', '\n', '\t', '('], mark) + 1;
        var tokenEnd = text.IndexOfAny([' ', '\n', '\t', ')'], end);
        var token = text.AsSpan(tokenStart, (tokenEnd < 0 ? text.Length : tokenEnd) - tokenStart);
        return !token.Contains('@') && !token.Contains("://", StringComparison.Ordinal) && !token.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
            && token[(end - tokenStart)..].IndexOf('.') < 0;
    }

    // A photo gallery's credit and counter, "... overturned Carl Court/Getty Images 3/8 Emergency services were ...".
    [GeneratedRegex(@"(?<=/\s?(?:Getty Images|AFP|Reuters|AP|EPA|PA|Shutterstock|Alamy|Rex Features)(?:\s+\d+/\d+)?)[ \t]+(?=\p{Lu})")]
    private static partial Regex GalleryCredit();

    [GeneratedRegex(@"(?<=\p{Ll}|\))[ \t]+(?=(?:The|An|In|It|He|She|They|We|This|But|Der|Die|Das|Le|Les|Il|Elle|El|Los|Las)[ ]\p{Ll})")]
    private static partial Regex GluedStart();
}
