using System.Collections.Frozen;

namespace Briefing.Text;

/// <summary>Splits prose into sentences, keeping abbreviations, initials, acronyms and decimals inside their sentence.</summary>
public sealed class SentenceSplitter
{
    private static readonly FrozenSet<string> Abbreviations = new[]
    {
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "gen", "gov", "sen", "rep", "lt", "col", "sgt",
        "capt", "cmdr", "adm", "maj", "rev", "hon", "pres", "supt", "det", "insp", "inc", "ltd", "co", "corp", "plc",
        "bros", "vs", "etc", "approx", "dept", "fig", "vol", "pp", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec", "ave", "blvd",
        "calif", "fla", "conn", "ariz", "colo", "penn", "tenn", "okla", "mich", "minn", "wis",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Abbreviations that are also ordinary words ("he fell ill.", "no."): abbreviations only before a number.
    private static readonly FrozenSet<string> NumberAbbreviations = new[] { "no", "nos", "est", "rd" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // After "U.S." or "a.m." these words almost always open a new sentence rather than continue a name.
    private static readonly FrozenSet<string> SentenceOpeners = new[]
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "His", "Her", "Its", "Their", "Our", "This", "That",
        "These", "Those", "There", "But", "And", "In", "On", "At", "After", "When", "While", "If", "As", "Some", "Many",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> SpeechVerbs = new[]
    {
        "said", "says", "asked", "asks", "told", "tells", "added", "adds", "replied", "wrote", "writes", "shouted",
        "declared", "insisted", "explained", "continued", "warned", "noted", "stated",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<string> Split(string text)
    {
        var sentences = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('.' or '!' or '?' or '\u2026'))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && text[end] is '.' or '!' or '?' or '"' or '\'' or '\u201D' or '\u2019' or ')' or ']')
            {
                end++;
            }

            if (!IsBoundary(text, i, end))
            {
                i = end - 1;
                continue;
            }

            Add(sentences, text[start..end]);
            start = end;
            i = end - 1;
        }

        Add(sentences, text[start..]);
        return MergeQuoteAttributions(sentences);
    }

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

    private static bool IsBoundary(string text, int mark, int end)
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

        if (next == end || !StartsSentence(text[next]))
        {
            return false;
        }

        return text[mark] != '.' || !EndsWithAbbreviation(text, mark, next);
    }

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\u201C' or '\'' or '\u2018' or '(' or '[' || (!char.IsLower(c) && char.IsLetter(c));

    private static bool EndsWithAbbreviation(string text, int period, int next)
    {
        var wordStart = period;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, period - wordStart);
        if (word.Length == 0)
        {
            return false;
        }

        // Single initials ("J. K. Rowling") rarely end a sentence in news copy; dotted acronyms ("U.S.", "a.m.") do
        // only when a typical sentence opener follows ("... in the U.S. The next day").
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        if (word.Contains('.'))
        {
            return !SentenceOpeners.Contains(NextWord(text, next));
        }

        var lower = word.ToString();
        return Abbreviations.Contains(lower) || (NumberAbbreviations.Contains(lower) && char.IsDigit(text[next]));
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
