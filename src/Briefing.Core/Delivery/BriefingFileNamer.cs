using System.Globalization;
using System.Text;

namespace Briefing.Delivery;

/// <summary>Names briefing files "date-slug-hash": stable across reruns, readable, and unable to leave the output folder.</summary>
internal sealed class BriefingFileNamer
{
    private const int MaxSlugLength = 60;

    public string Stem(DateOnly date, string? title, string source, string contentHash) =>
        $"{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}-{Slug(title ?? Path.GetFileNameWithoutExtension(source))}-{contentHash[..8]}";

    /// <summary>Lower-case ASCII letters and digits joined by single dashes; accents are folded, everything else is dropped.</summary>
    public static string Slug(string text)
    {
        var slug = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var lower = char.ToLowerInvariant(c);
            if (lower is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                slug.Append(lower);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }

            if (slug.Length >= MaxSlugLength)
            {
                break;
            }
        }

        var result = slug.ToString().Trim('-');
        return result.Length == 0 ? "article" : result;
    }

    /// <summary>The full path of <paramref name="fileName"/> inside <paramref name="folder"/>; anything that would land elsewhere is refused.</summary>
    public string PathIn(string folder, string fileName)
    {
        var root = Path.GetFullPath(folder);
        var full = Path.GetFullPath(Path.Combine(root, fileName));
        if (!string.Equals(Path.GetDirectoryName(full), root.TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal))
        {
            throw new IOException($"Refusing to write '{fileName}' outside the output folder '{root}'.");
        }

        return full;
    }
}
