using System.Text.RegularExpressions;
using Briefing.Briefings;

namespace Briefing.Rendering;

/// <summary>The heading of a briefing file: the article's headline, or for an article without one a heading derived from it.</summary>
/// <remarks>
/// A fixed "Briefing" would stand above the "Briefing" section and tell the reader nothing, so a headline-less article is
/// headed by its file or page name when that reads as words ("cape-verde-music.txt" gives "Cape verde music"), else by
/// its first key point, shortened.
/// </remarks>
internal static partial class BriefingHeading
{
    private const int MaxLength = 90;

    public static string For(BriefingResult result)
    {
        if (!string.IsNullOrWhiteSpace(result.Title))
        {
            return result.Title.Trim();
        }

        if (FromSource(result.Source) is { } name)
        {
            return name;
        }

        return result.Content.KeyPoints.FirstOrDefault(p => !string.IsNullOrWhiteSpace(p)) is { } point
            ? Shorten(point.Trim())
            : $"Briefing of {result.Source}";
    }

    private static string? FromSource(string source)
    {
        var path = Uri.TryCreate(source, UriKind.Absolute, out var url) && url.Scheme.StartsWith("http", StringComparison.Ordinal)
            ? url.AbsolutePath.TrimEnd('/')
            : source;
        var name = Path.GetFileNameWithoutExtension(path);
        var words = Separators().Split(name).Where(w => w.Length > 0).ToList();
        // One word ("index", "article", "stdin") or words without letters ("12345") name nothing a reader would know.
        if (words.Count < 2 || words.Count(w => w.Any(char.IsLetter)) < 2)
        {
            return null;
        }

        var heading = string.Join(' ', words);
        return Shorten(char.ToUpperInvariant(heading[0]) + heading[1..]);
    }

    private static string Shorten(string text)
    {
        if (text.Length <= MaxLength)
        {
            return text.TrimEnd('.');
        }

        var cut = text.LastIndexOf(' ', MaxLength);
        return string.Concat(text.AsSpan(0, cut > MaxLength / 2 ? cut : MaxLength).TrimEnd(",;:".AsSpan()), "\u2026");
    }

    [GeneratedRegex(@"[\s_\-.+]+")]
    private static partial Regex Separators();
}
