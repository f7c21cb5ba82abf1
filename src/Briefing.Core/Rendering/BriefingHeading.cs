using System.Text.RegularExpressions;
using Briefing.Briefings;

namespace Briefing.Rendering;

/// <summary>The heading of a briefing file: the article's headline, or for an article without one a heading derived from it.</summary>
/// <remarks>
/// A fixed "Briefing" would stand above the "Briefing" section and tell the reader nothing, so a headline-less article is
/// headed by its file or page name when that reads as words ("cape-verde-music.txt" gives "Cape verde music"), else by
/// its first key point (or the briefing's first sentence), shortened.
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

        var first = result.Content.KeyPoints.Append(result.Content.Briefing).FirstOrDefault(p => !string.IsNullOrWhiteSpace(p));
        return first is null ? $"Briefing of {result.Source}" : Shorten(SentenceEnd().Split(first.Trim(), 2)[0]);
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
        return Shorten(heading);
    }

    private static string Shorten(string text)
    {
        text = char.ToUpperInvariant(text[0]) + text[1..];
        if (text.Length <= MaxLength)
        {
            return text.TrimEnd('.');
        }

        var cut = text.LastIndexOf(' ', MaxLength);
        return string.Concat(text.AsSpan(0, cut > MaxLength / 2 ? cut : MaxLength).TrimEnd(",;:".AsSpan()), "\u2026");
    }

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[\s_\-.+]+")]
    private static partial Regex Separators();
}
