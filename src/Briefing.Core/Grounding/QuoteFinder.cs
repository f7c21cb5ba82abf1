using System.Text;
using System.Text.RegularExpressions;

namespace Briefing.Grounding;

/// <summary>Finds quoted passages and normalizes text so a quotation can be compared with its source word for word.</summary>
internal static partial class QuoteFinder
{
    /// <summary>Passages in double quotes, and in single quotes when they span at least two words (so apostrophes are not mistaken for quotes).</summary>
    public static IEnumerable<string> Find(string text)
    {
        foreach (Match match in DoubleQuoted().Matches(text))
        {
            yield return match.Groups["quote"].Value.Trim();
        }

        foreach (Match match in SingleQuoted().Matches(text))
        {
            var quote = match.Groups["quote"].Value.Trim();
            if (quote.Contains(' ', StringComparison.Ordinal))
            {
                yield return quote;
            }
        }
    }

    /// <summary>Lower-case letters and digits separated by single spaces, with a space at each end for whole-word matching.</summary>
    public static string Normalize(string text)
    {
        var normalized = new StringBuilder(text.Length + 2).Append(' ');
        var space = true;
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                normalized.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else if (!space && c is not ('\'' or '\u2019'))
            {
                normalized.Append(' ');
                space = true;
            }
        }

        if (!space)
        {
            normalized.Append(' ');
        }

        return normalized.ToString();
    }

    [GeneratedRegex("[\"\u201C\u201D](?<quote>[^\"\u201C\u201D]+)[\"\u201C\u201D]")]
    private static partial Regex DoubleQuoted();

    [GeneratedRegex(@"(?<![\w'\u2019])['\u2018](?<quote>[^'\u2018\u2019]+?)['\u2019](?![\w'\u2019])")]
    private static partial Regex SingleQuoted();
}
