using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Briefing.Grounding;

/// <summary>Finds names and other capitalized entities: runs of capitalized words, leaving out a lone capital at a sentence start.</summary>
internal static partial class NameFinder
{
    private static readonly FrozenSet<string> Ignored = new[]
    {
        "A", "An", "The", "And", "But", "Or", "If", "In", "On", "At", "Of", "For", "To", "By", "As", "It", "Its", "He", "She",
        "They", "We", "I", "You", "His", "Her", "Their", "Our", "This", "That", "These", "Those", "There", "Here", "After",
        "Before", "While", "When", "Where", "Who", "What", "Why", "How", "With", "From", "Also", "Meanwhile", "However",

        // Placeholders that anonymised corpora and tokenizers leave in text ("UNK", "[UNK]"): they stand for a word, not a name.
        "UNK", "Unk", "NULL", "Null", "NaN", "TBD", "TBA", "XXX", "PAD", "MASK", "EOS", "BOS",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static IEnumerable<string> Find(string text)
    {
        var run = new List<string>();
        var sentenceStart = true;
        var runStartsSentence = false;
        foreach (Match match in Token().Matches(text))
        {
            var token = match.Value;
            var isWord = char.IsLetter(token[0]);
            var capitalized = isWord && char.IsUpper(token[0]) && !Ignored.Contains(token);
            if (capitalized)
            {
                if (run.Count == 0)
                {
                    runStartsSentence = sentenceStart;
                }

                run.Add(StripPossessive(token));
            }
            else if (Flush(run, runStartsSentence) is { } name)
            {
                yield return name;
            }

            sentenceStart = !isWord && token is "." or "!" or "?" or ":" or "\"" or "\u201C" || (sentenceStart && !isWord);
            if (isWord)
            {
                sentenceStart = false;
            }
        }

        if (Flush(run, runStartsSentence) is { } last)
        {
            yield return last;
        }
    }

    private static string? Flush(List<string> run, bool startsSentence)
    {
        // A single capitalized word opening a sentence is usually an ordinary word ("Officials said ..."), unless it is an acronym.
        var name = run.Count == 0 || (startsSentence && run.Count == 1 && !IsAcronym(run[0])) ? null : string.Join(' ', run);
        run.Clear();
        return name;
    }

    private static bool IsAcronym(string word) => word.Length >= 2 && word.All(c => char.IsUpper(c) || char.IsDigit(c));

    private static string StripPossessive(string token) =>
        token.EndsWith("'s", StringComparison.Ordinal) || token.EndsWith("\u2019s", StringComparison.Ordinal) ? token[..^2] : token;

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['\u2019\-.][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]")]
    private static partial Regex Token();
}
