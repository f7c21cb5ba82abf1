namespace Briefing.Stories;

/// <summary>Finds lightly edited copies of one text: most of the shorter text's five-word runs appear in the longer one.</summary>
/// <remarks>Wire copy republished with a new headline, a trimmed ending or an added paragraph keeps most of its five-word runs; two reports written apart almost never share more than a few.</remarks>
internal static class NearDuplicates
{
    /// <summary>Share of the shorter text's five-word runs found in the other text above which the two are one text.</summary>
    public const double Containment = 0.5;

    private const int Width = 5;

    /// <summary>The text's five-word runs, each as a 64-bit FNV-1a hash of its lower-cased words (the same on every run).</summary>
    public static HashSet<ulong> Shingles(string text)
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

        var shingles = new HashSet<ulong>();
        for (var i = 0; i + Width <= words.Count; i++)
        {
            shingles.Add(Hash(words, i));
        }

        return shingles;
    }

    public static bool AreCopies(HashSet<ulong> a, HashSet<ulong> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return false;
        }

        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = small.Count(large.Contains);
        return shared >= Containment * small.Count;
    }

    private static ulong Hash(List<string> words, int start)
    {
        const ulong Offset = 14695981039346656037;
        const ulong Prime = 1099511628211;
        var hash = Offset;
        for (var w = start; w < start + Width; w++)
        {
            foreach (var c in words[w])
            {
                hash = (hash ^ c) * Prime;
            }

            hash = (hash ^ ' ') * Prime;
        }

        return hash;
    }
}
