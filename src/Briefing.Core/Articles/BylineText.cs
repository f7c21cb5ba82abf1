using System.Text.RegularExpressions;

namespace Briefing.Articles;

/// <summary>Cleans a byline as pages write it ("By Jane Doe", "BY: JANE DOE |") down to the names, which renderers label themselves.</summary>
internal static partial class BylineText
{
    // A byline longer than this is a paragraph the extractor mistook for one, not a list of authors.
    private const int MaxLength = 200;

    public static string? Normalize(string? byline)
    {
        if (string.IsNullOrWhiteSpace(byline))
        {
            return null;
        }

        var text = Whitespace().Replace(byline, " ").Trim();
        text = LeadingBy().Replace(text, string.Empty).Trim().TrimEnd('|', '-', '\u2013', '\u2014', ',', ' ');
        return text.Length is 0 or > MaxLength ? null : text;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^(?:by\b\s*:?\s*)+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingBy();
}
