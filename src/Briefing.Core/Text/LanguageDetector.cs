using System.Collections.Frozen;
using System.Globalization;

namespace Briefing.Text;

/// <summary>Guesses an article's language offline: by script for non-Latin text, by frequent function words for Latin text.</summary>
/// <remarks>
/// News text of a few sentences holds dozens of function words ("the", "der", "les", "el"), and the sets of the most
/// frequent ones barely overlap between languages, so counting them is accurate well beyond the 8 languages tested and
/// costs one pass over the first few thousand characters. Text whose letters are mostly of one non-Latin script is
/// named by that script (kana means Japanese, hangul Korean). Too few cues gives null rather than a guess.
/// </remarks>
internal sealed class LanguageDetector
{
    /// <summary>Enough text to decide; a longer article adds time, not accuracy.</summary>
    public const int SampleChars = 4000;

    /// <summary>Fewer function-word hits than this is no evidence: a headline, a list of names, a table.</summary>
    public const int MinHits = 3;

    private static readonly FrozenDictionary<string, FrozenSet<string>> FunctionWords = new Dictionary<string, FrozenSet<string>>
    {
        ["en"] = Set("the of and to in is that for on with was as by at it from he his has have said be are were this an which not who after their will been"),
        ["de"] = Set("der die das und ist nicht den dem des ein eine einen mit sich auf für von zu im auch wird wurde sind hat nach bei aus noch über werden dass sie er"),
        ["fr"] = Set("le la les de des du et est un une en dans que qui pour pas sur au aux avec ce il elle ont été sont mais plus par cette ses son leur"),
        ["es"] = Set("el la los las del y en que por con una es para se su al lo como más pero sus fue este ha también sobre entre cuando muy sin"),
        ["it"] = Set("il lo la gli le di e è che del della dei per non un una con sono nel nella anche ha più ma al alla questo come stato dopo"),
        ["pt"] = Set("o os as do da dos das e em no na que não um uma para com por se ao mais foi também pelo pela é são está seu sua"),
        ["nl"] = Set("de het een en van is dat niet op te met voor zijn er aan ook bij door werd naar om wordt hij ze maar nog worden heeft uit deze"),
        ["sv"] = Set("och att det som en på är av för med till den har de inte om ett han men var jag sig från vi så kan"),
        ["pl"] = Set("i w na nie się z do to że jest o jak po co ale za od tak przez już czy był była są oraz jego"),
        ["tr"] = Set("ve bir bu da de için ile olarak çok daha olan gibi ama ne kadar sonra en ya her değil ise"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly System.Buffers.SearchValues<char> UkrainianLetters = System.Buffers.SearchValues.Create("іїєґІЇЄҐ");

    public DetectedLanguage Detect(string text)
    {
        var sample = text.Length > SampleChars ? text[..SampleChars] : text;
        return ByScript(sample) ?? ByFunctionWords(sample);
    }

    private static DetectedLanguage? ByScript(string sample)
    {
        int latin = 0, han = 0, kana = 0, hangul = 0, cyrillic = 0, arabic = 0, greek = 0, hebrew = 0, devanagari = 0, thai = 0;
        foreach (var c in sample)
        {
            switch (c)
            {
                case >= 'A' and <= 'z' or >= '\u00C0' and <= '\u024F': latin++; break;
                case >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF': han++; break;
                case >= '\u3040' and <= '\u30FF': kana++; break;
                case >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF': hangul++; break;
                case >= '\u0400' and <= '\u04FF': cyrillic++; break;
                case >= '\u0600' and <= '\u06FF': arabic++; break;
                case >= '\u0370' and <= '\u03FF': greek++; break;
                case >= '\u0590' and <= '\u05FF': hebrew++; break;
                case >= '\u0900' and <= '\u097F': devanagari++; break;
                case >= '\u0E00' and <= '\u0E7F': thai++; break;
            }
        }

        var cjk = han + kana;
        (string Code, int Count)[] scripts =
        [
            (kana > 0 ? "ja" : "zh", cjk), ("ko", hangul), (IsUkrainian(sample) ? "uk" : "ru", cyrillic), ("ar", arabic), ("el", greek),
            ("he", hebrew), ("hi", devanagari), ("th", thai),
        ];
        var best = scripts.MaxBy(s => s.Count);
        return best.Count > latin ? new DetectedLanguage(best.Code, Confident: true) : null;
    }

    // Ukrainian letters that Russian lacks.
    private static bool IsUkrainian(string sample) => sample.AsSpan().IndexOfAny(UkrainianLetters) >= 0;

    private static DetectedLanguage ByFunctionWords(string sample)
    {
        var hits = FunctionWords.Keys.ToDictionary(k => k, _ => 0, StringComparer.Ordinal);
        foreach (var word in Words(sample))
        {
            foreach (var (code, words) in FunctionWords)
            {
                if (words.Contains(word))
                {
                    hits[code]++;
                }
            }
        }

        var ranked = hits.OrderByDescending(h => h.Value).ThenBy(h => h.Key, StringComparer.Ordinal).ToList();
        if (ranked[0].Value < MinHits)
        {
            return DetectedLanguage.Unknown;
        }

        // A near tie (Spanish against Portuguese on a short text) is still the better guess, but not a confident one.
        var confident = ranked[0].Value >= 1.25 * ranked[1].Value;
        return new DetectedLanguage(ranked[0].Key, confident);
    }

    private static IEnumerable<string> Words(string sample)
    {
        var start = -1;
        for (var i = 0; i <= sample.Length; i++)
        {
            var letter = i < sample.Length && char.IsLetter(sample[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                yield return sample[start..i].ToLower(CultureInfo.InvariantCulture);
                start = -1;
            }
        }
    }

    private static FrozenSet<string> Set(string words) => words.Split(' ').ToFrozenSet(StringComparer.Ordinal);
}
