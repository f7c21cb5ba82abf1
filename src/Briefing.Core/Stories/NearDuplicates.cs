namespace Briefing.Stories;

/// <summary>Finds lightly edited copies of one text: most of the shorter text's five-word runs appear in the longer one.</summary>
/// <remarks>Wire copy republished with a new headline, a trimmed ending or an added paragraph keeps most of its five-word runs; two reports written apart almost never share more than a few.</remarks>
internal static class NearDuplicates
{
    /// <summary>Share of the shorter text's five-word runs found in the other text above which the two are one text.</summary>
    public const double Containment = 0.5;

    private const int Width = 5;

    public static HashSet<string> Shingles(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        var shingles = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + Width <= words.Count; i++)
        {
            shingles.Add(string.Join(' ', words.GetRange(i, Width)));
        }

        return shingles;
    }

    public static bool AreCopies(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return false;
        }

        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = small.Count(large.Contains);
        return shared >= Containment * small.Count;
    }
}
