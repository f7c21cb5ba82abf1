using System.Text.RegularExpressions;

namespace Briefing.Articles;

/// <summary>Decides whether a plain-text line reads as a headline rather than the story's first sentence.</summary>
/// <remarks>
/// Wire copy often starts with the first sentence or a dateline; treating those as a title would drop a sentence,
/// so a headline must be short, must not end like a sentence and must not look like a dateline or byline.
/// </remarks>
internal static partial class HeadlineDetector
{
    private const int MaxWords = 20;
    private const int MaxCharacters = 160;

    public static bool IsHeadline(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0 || trimmed.Length > MaxCharacters)
        {
            return false;
        }

        if (trimmed[^1] is '.' or '!' or '?' or ',' or ';' or ':' or '"' or '\u201D' or '-' or '\u2014' or ')')
        {
            return false;
        }

        var words = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words is >= 2 and <= MaxWords
            && !Dateline().IsMatch(trimmed)
            && (char.IsLetterOrDigit(trimmed[0]) || trimmed[0] is '\'' or '"' or '\u201C' or '\u2018');
    }

    // Bylines, publication stamps and datelines: "(CNN) --", "Charleston, South Carolina (CNN)", "LONDON (Reuters) -", "WASHINGTON —".
    [GeneratedRegex(@"^(?:By\s|\(CNN\)|PUBLISHED:|UPDATED:|Last updated)|^[^()]{0,60}\((?:CNN|AP|AFP|Reuters|Bloomberg)[^)]{0,20}\)|(?-i:^[A-Z]{2,}(?:[ ,]+[A-Z][A-Za-z]+){0,3}\s*(?:--|\u2014|\u2013))", RegexOptions.IgnoreCase)]
    private static partial Regex Dateline();
}
