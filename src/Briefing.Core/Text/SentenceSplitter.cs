using System.Collections.Frozen;

namespace Briefing.Text;

/// <summary>Splits prose into sentences, keeping abbreviations, initials, acronyms, decimals, URLs and e-mail addresses inside their sentence.</summary>
/// <remarks>
/// Kept rather than an ICU break iterator: UAX #29 rules keep "heard.Shocking" together, split German "z. B." and
/// ordinals ("am 3. Oktober") and know no abbreviations beyond a few English ones, and the one ICU port on the mirror
/// is an alpha release. Besides the usual . ! ? and …, CJK text ends sentences at 。！？ with no space after them.
/// A headline or caption that copied text glues to the next sentence ("Feedback programme The controller of ...") is
/// split off at the capitalised article that starts the sentence, so later stages can drop it. No sentence is longer
/// than <see cref="MaxSentenceChars"/>: a longer run is cut at a space, or between characters when it has none.
/// </remarks>
internal sealed class SentenceSplitter
{
    /// <summary>About four long news sentences; beyond this the text has no usable sentence structure.</summary>
    public const int MaxSentenceChars = 1000;

    // Abbreviations that are also ordinary words ("he fell ill.", "no."): abbreviations only before a number.
    private static readonly FrozenSet<string> NumberAbbreviations = new[] { "no", "nos", "est", "rd", "nr", "art", "abs", "s" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // After "U.S." or "a.m." these words almost always open a new sentence rather than continue a name.
    private static readonly FrozenSet<string> SentenceOpeners = new[]
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its", "Their", "Our", "This", "That",
        "These", "Those", "There", "But", "And", "In", "On", "At", "After", "When", "While", "If", "As", "Some", "Many",
    }.ToFrozenSet(StringComparer.Ordinal);

    // German ordinals ("am 3. Oktober", "im 20. Jahrhundert") put a capitalised word after "<number>.".
    private static readonly FrozenSet<string> OrdinalNouns = new[]
    {
        "Januar", "Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
        "Dezember", "Jahrhundert", "Platz", "Mal", "Runde", "Spieltag", "Minute", "Geburtstag", "Stock", "Klasse", "Liga", "Jahrestag",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> SpeechVerbs = new[]
    {
        "said", "says", "asked", "asks", "told", "tells", "added", "adds", "replied", "wrote", "writes", "shouted",
        "declared", "insisted", "explained", "continued", "warned", "noted", "stated",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Sentences with language-neutral rules and the abbreviations of every known language.</summary>
    public IReadOnlyList<string> Split(string text) => Split(text, language: null);

    /// <summary>Sentences with the abbreviations of <paramref name="language"/> (an ISO code such as "de"); null for all known ones.</summary>
    public IReadOnlyList<string> Split(string text, string? language)
    {
        var abbreviations = Abbreviations.For(language);
        var german = language is null || Abbreviations.Primary(language) == "de";
        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsCjkEnd(text[i]))
            {
                var close = i + 1;
                while (close < text.Length && IsCloser(text[close]))
                {
                    close++;
                }

                Add(sentences, text[start..close]);
                start = close;
                i = close - 1;
                continue;
            }

            if (text[i] is not ('.' or '!' or '?' or '\u2026'))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && (text[end] is '.' or '!' or '?' || IsCloser(text[end])
                || (text[end] is ' ' or '\u00A0' or '\u202F' && end + 1 < text.Length && text[end + 1] == '\u00BB')))
            {
                // French typesetting puts a space before the closing guillemet: "négocier. » Il a".
                end++;
            }

            if (!IsBoundary(text, i, end, abbreviations, german))
            {
                i = end - 1;
                continue;
            }

            Add(sentences, text[start..end]);
            start = end;
            i = end - 1;
        }

        Add(sentences, text[start..]);
        return MergeQuoteAttributions(sentences).SelectMany(LostBoundaries.SplitGluedHeading).SelectMany(Bound).ToList();
    }

    private static bool IsCjkEnd(char c) => c is '\u3002' or '\uFF01' or '\uFF1F';

    // "\u201C" closes a German „quotation“ and "\u00BB" a French or Spanish «one».
    private static bool IsCloser(char c) => c is '"' or '\'' or '\u201D' or '\u2019' or '\u201C' or '\u00BB' or ')' or ']' or '\u300D' or '\u300F' or '\uFF09';

    // '"Is there a chance?" Putin asked.' is one sentence: a question or exclamation closed by a quote mark,
    // followed by a short attribution with a speech verb, belongs together.
    private static List<string> MergeQuoteAttributions(List<string> sentences)
    {
        for (var i = sentences.Count - 1; i > 0; i--)
        {
            var previous = sentences[i - 1];
            if (previous.Length >= 2 && previous[^1] is '"' or '\u201D' && previous[^2] is '?' or '!' && IsAttribution(sentences[i]))
            {
                sentences[i - 1] = previous + " " + sentences[i];
                sentences.RemoveAt(i);
            }
        }

        return sentences;
    }

    private static bool IsAttribution(string fragment)
    {
        var words = fragment.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 12 && words.Take(5).Any(w => SpeechVerbs.Contains(w.TrimEnd('.', ',')));
    }

    private static IEnumerable<string> Bound(string sentence)
    {
        var rest = sentence;
        while (rest.Length > MaxSentenceChars)
        {
            var cut = rest.LastIndexOf(' ', MaxSentenceChars);
            cut = cut < MaxSentenceChars / 2 ? MaxSentenceChars : cut;
            if (char.IsHighSurrogate(rest[cut - 1]))
            {
                cut--;
            }

            yield return rest[..cut].Trim();
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0)
        {
            yield return rest;
        }
    }

    private static bool IsBoundary(string text, int mark, int end, FrozenSet<string> abbreviations, bool german)
    {
        var next = end;
        while (next < text.Length && text[next] is ' ' or '\t' or '\u00A0')
        {
            next++;
        }

        if (next == text.Length || text[next] == '\n')
        {
            return true;
        }

        if (next == end)
        {
            return LostBoundaries.IsMissingSpace(text, mark, end);
        }

        if (!StartsSentence(text[next]))
        {
            return false;
        }

        return text[mark] != '.' || !EndsWithAbbreviation(text, mark, next, abbreviations, german);
    }

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\u201C' or '\'' or '\u2018' or '\u00AB' or '\u201E' or '(' or '['
        || (!char.IsLower(c) && char.IsLetter(c));

    private static bool EndsWithAbbreviation(string text, int period, int next, FrozenSet<string> abbreviations, bool german)
    {
        var wordStart = period;
        while (wordStart > 0 && (char.IsLetterOrDigit(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, period - wordStart);
        if (word.Length == 0)
        {
            return false;
        }

        if (char.IsDigit(word[0]))
        {
            return german && word.Length <= 3 && !word.Contains('.') && OrdinalNouns.Contains(NextWord(text, next));
        }

        // Single initials ("J. K. Rowling") rarely end a sentence in news copy, nor does a single lower-case letter
        // ("z. B.", "d. h."); dotted acronyms ("U.S.", "a.m.") do only when a typical sentence opener follows.
        if (word.Length == 1 && char.IsLetter(word[0]))
        {
            return true;
        }

        var lower = word.ToString();
        if (abbreviations.Contains(lower))
        {
            return true;
        }

        if (word.Contains('.'))
        {
            return !SentenceOpeners.Contains(NextWord(text, next));
        }

        return NumberAbbreviations.Contains(lower) && char.IsDigit(text[next]);
    }

    private static string NextWord(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[start..end];
    }

    private static void Add(List<string> sentences, string candidate)
    {
        var trimmed = candidate.Trim();
        if (trimmed.Length > 0)
        {
            sentences.Add(trimmed);
        }
    }
}
