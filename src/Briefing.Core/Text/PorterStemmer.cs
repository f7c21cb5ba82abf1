namespace Briefing.Text;

/// <summary>The Porter stemmer with NLTK's extensions (NLTK_EXTENSIONS mode), the variant rouge-score uses.</summary>
/// <remarks>
/// ROUGE figures are only comparable with published ones when tokens stem exactly as in NLTK, which departs from
/// the 1980 paper and from ROUGE-1.5.5 on some words (dying → die, flies → fli, news → news). A rule list stops at
/// the first suffix that matches even when its condition fails, as NLTK does.
/// </remarks>
internal sealed class PorterStemmer
{
    private static readonly Dictionary<string, string> Irregular = new(StringComparer.Ordinal)
    {
        ["sky"] = "sky", ["skies"] = "sky", ["dying"] = "die", ["lying"] = "lie", ["tying"] = "tie", ["news"] = "news",
        ["innings"] = "inning", ["inning"] = "inning", ["outings"] = "outing", ["outing"] = "outing",
        ["cannings"] = "canning", ["canning"] = "canning", ["howe"] = "howe", ["proceed"] = "proceed",
        ["exceed"] = "exceed", ["succeed"] = "succeed",
    };

    private readonly record struct Rule(string Suffix, string Replacement, Func<string, bool>? Condition);

    public string Stem(string word)
    {
        var stem = word.ToLowerInvariant();
        if (Irregular.TryGetValue(stem, out var irregular))
        {
            return irregular;
        }

        if (stem.Length <= 2)
        {
            return stem;
        }

        stem = Step1A(stem);
        stem = Step1B(stem);
        stem = Step1C(stem);
        stem = Step2(stem);
        stem = Step3(stem);
        stem = Step4(stem);
        stem = Step5A(stem);
        return Step5B(stem);
    }

    private static bool IsConsonant(string word, int i) => word[i] switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' => false,
        'y' => i == 0 || !IsConsonant(word, i - 1),
        _ => true,
    };

    // The number of vowel-consonant sequences: [C](VC){m}[V].
    private static int Measure(string stem)
    {
        var m = 0;
        for (var i = 1; i < stem.Length; i++)
        {
            if (!IsConsonant(stem, i - 1) && IsConsonant(stem, i))
            {
                m++;
            }
        }

        return m;
    }

    private static bool HasPositiveMeasure(string stem) => Measure(stem) > 0;

    private static bool ContainsVowel(string stem)
    {
        for (var i = 0; i < stem.Length; i++)
        {
            if (!IsConsonant(stem, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsDoubleConsonant(string word) =>
        word.Length >= 2 && word[^1] == word[^2] && IsConsonant(word, word.Length - 1);

    private static bool EndsCvc(string word) =>
        (word.Length >= 3 && IsConsonant(word, word.Length - 3) && !IsConsonant(word, word.Length - 2)
            && IsConsonant(word, word.Length - 1) && word[^1] is not ('w' or 'x' or 'y'))
        || (word.Length == 2 && !IsConsonant(word, 0) && IsConsonant(word, 1));

    private static string ApplyFirst(string word, IEnumerable<Rule> rules)
    {
        foreach (var (suffix, replacement, condition) in rules)
        {
            if (suffix == "*d" && EndsDoubleConsonant(word))
            {
                var shorter = word[..^2];
                return condition is null || condition(shorter) ? shorter + replacement : word;
            }

            if (word.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = word[..^suffix.Length];
                return condition is null || condition(stem) ? stem + replacement : word;
            }
        }

        return word;
    }

    private static string Step1A(string word) =>
        word.EndsWith("ies", StringComparison.Ordinal) && word.Length == 4
            ? word[..^3] + "ie"
            : ApplyFirst(word, [new("sses", "ss", null), new("ies", "i", null), new("ss", "ss", null), new("s", "", null)]);

    private static string Step1B(string word)
    {
        if (word.EndsWith("ied", StringComparison.Ordinal))
        {
            return word[..^3] + (word.Length == 4 ? "ie" : "i");
        }

        if (word.EndsWith("eed", StringComparison.Ordinal))
        {
            var stem = word[..^3];
            return Measure(stem) > 0 ? stem + "ee" : word;
        }

        string? intermediate = null;
        foreach (var suffix in (string[])["ed", "ing"])
        {
            if (word.EndsWith(suffix, StringComparison.Ordinal) && ContainsVowel(word[..^suffix.Length]))
            {
                intermediate = word[..^suffix.Length];
                break;
            }
        }

        if (intermediate is null)
        {
            return word;
        }

        var last = intermediate.Length > 0 ? intermediate[^1] : ' ';
        return ApplyFirst(intermediate,
        [
            new("at", "ate", null),
            new("bl", "ble", null),
            new("iz", "ize", null),
            new("*d", last.ToString(), _ => last is not ('l' or 's' or 'z')),
            new("", "e", stem => Measure(stem) == 1 && EndsCvc(stem)),
        ]);
    }

    private static string Step1C(string word) =>
        ApplyFirst(word, [new("y", "i", stem => stem.Length > 1 && IsConsonant(stem, stem.Length - 1))]);

    private static string Step2(string word)
    {
        if (word.EndsWith("alli", StringComparison.Ordinal) && HasPositiveMeasure(word[..^4]))
        {
            return Step2(word[..^4] + "al");
        }

        return ApplyFirst(word,
        [
            new("ational", "ate", HasPositiveMeasure),
            new("tional", "tion", HasPositiveMeasure),
            new("enci", "ence", HasPositiveMeasure),
            new("anci", "ance", HasPositiveMeasure),
            new("izer", "ize", HasPositiveMeasure),
            new("bli", "ble", HasPositiveMeasure),
            new("alli", "al", HasPositiveMeasure),
            new("entli", "ent", HasPositiveMeasure),
            new("eli", "e", HasPositiveMeasure),
            new("ousli", "ous", HasPositiveMeasure),
            new("ization", "ize", HasPositiveMeasure),
            new("ation", "ate", HasPositiveMeasure),
            new("ator", "ate", HasPositiveMeasure),
            new("alism", "al", HasPositiveMeasure),
            new("iveness", "ive", HasPositiveMeasure),
            new("fulness", "ful", HasPositiveMeasure),
            new("ousness", "ous", HasPositiveMeasure),
            new("aliti", "al", HasPositiveMeasure),
            new("iviti", "ive", HasPositiveMeasure),
            new("biliti", "ble", HasPositiveMeasure),
            new("fulli", "ful", HasPositiveMeasure),
            new("logi", "log", _ => HasPositiveMeasure(word[..^3])),
        ]);
    }

    private static string Step3(string word) => ApplyFirst(word,
    [
        new("icate", "ic", HasPositiveMeasure),
        new("ative", "", HasPositiveMeasure),
        new("alize", "al", HasPositiveMeasure),
        new("iciti", "ic", HasPositiveMeasure),
        new("ical", "ic", HasPositiveMeasure),
        new("ful", "", HasPositiveMeasure),
        new("ness", "", HasPositiveMeasure),
    ]);

    private static string Step4(string word)
    {
        static bool Above1(string stem) => Measure(stem) > 1;
        return ApplyFirst(word,
        [
            new("al", "", Above1), new("ance", "", Above1), new("ence", "", Above1), new("er", "", Above1),
            new("ic", "", Above1), new("able", "", Above1), new("ible", "", Above1), new("ant", "", Above1),
            new("ement", "", Above1), new("ment", "", Above1), new("ent", "", Above1),
            new("ion", "", stem => Measure(stem) > 1 && stem[^1] is 's' or 't'),
            new("ou", "", Above1), new("ism", "", Above1), new("ate", "", Above1), new("iti", "", Above1),
            new("ous", "", Above1), new("ive", "", Above1), new("ize", "", Above1),
        ]);
    }

    private static string Step5A(string word)
    {
        if (!word.EndsWith('e'))
        {
            return word;
        }

        var stem = word[..^1];
        var m = Measure(stem);
        return m > 1 || (m == 1 && !EndsCvc(stem)) ? stem : word;
    }

    private static string Step5B(string word) =>
        ApplyFirst(word, [new("ll", "l", _ => Measure(word[..^1]) > 1)]);
}
