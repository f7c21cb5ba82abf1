using System.Text;
using Briefing.ModelCalls.Budget;
using Briefing.Text;

namespace Briefing.Engines.Model.LongArticles;

/// <summary>Splits paragraphs into chunks of at most a given number of tokens, in order, losing and repeating nothing.</summary>
/// <remarks>
/// Chunks end on paragraph boundaries. Only a paragraph longer than a whole chunk is cut, between sentences, and
/// only a sentence longer than a whole chunk is cut between words, and only a word longer than a whole chunk between
/// characters: a summarizer reads whole thoughts best.
/// </remarks>
internal sealed class TextChunker(SentenceSplitter sentences, ContextBudget budget)
{
    // "\n\n" between paragraphs is one token in the encodings in use; two leaves room for any merge at the seam.
    private const int SeparatorTokens = 2;

    public IReadOnlyList<string> Chunk(IEnumerable<string> paragraphs, int maxTokens)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxTokens, 16);
        var chunks = new List<string>();
        var current = new List<string>();
        var currentTokens = 0;
        foreach (var (text, tokens) in paragraphs.SelectMany(p => Pieces(p, maxTokens - SeparatorTokens)))
        {
            if (current.Count > 0 && currentTokens + tokens + SeparatorTokens > maxTokens)
            {
                chunks.Add(string.Join("\n\n", current));
                current.Clear();
                currentTokens = 0;
            }

            current.Add(text);
            currentTokens += tokens + SeparatorTokens;
        }

        if (current.Count > 0)
        {
            chunks.Add(string.Join("\n\n", current));
        }

        return chunks;
    }

    private List<(string Text, int Tokens)> Pieces(string paragraph, int maxTokens)
    {
        var tokens = budget.Count(paragraph);
        if (tokens <= maxTokens)
        {
            return [(paragraph, tokens)];
        }

        var units = sentences.Split(paragraph).SelectMany(s => budget.Count(s) <= maxTokens ? [s] : WordRuns(s, maxTokens));
        return Pack(units, maxTokens);
    }

    // A sentence longer than a chunk (a table flattened into text, a run-on list) is cut between words.
    private IEnumerable<string> WordRuns(string sentence, int maxTokens) =>
        Pack(
            sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .SelectMany(w => budget.Count(w) <= maxTokens ? [w] : CharacterRuns(w, maxTokens - SeparatorTokens)),
            maxTokens).Select(p => p.Text);

    // A run with no space in it longer than a chunk (Chinese or Japanese without the marks the sentence splitter knows,
    // a long URL) is cut between characters, never inside a surrogate pair. Each run is as long as the limit allows,
    // so packing does not join two runs of one word with a space. Token counts grow with length, hence the bisection.
    private IEnumerable<string> CharacterRuns(string word, int maxTokens)
    {
        for (var start = 0; start < word.Length;)
        {
            var (low, high) = (1, word.Length - start);
            while (low < high)
            {
                var mid = (low + high + 1) / 2;
                (low, high) = budget.Count(word.Substring(start, mid)) <= maxTokens ? (mid, high) : (low, mid - 1);
            }

            if (start + low < word.Length && char.IsHighSurrogate(word[start + low - 1]))
            {
                low += low > 1 ? -1 : 1;
            }

            yield return word.Substring(start, low);
            start += low;
        }
    }

    // Counts each unit once and adds one token per joining space (a space before a word at most adds one token),
    // so packing stays linear in the text instead of recounting a growing run.
    private List<(string Text, int Tokens)> Pack(IEnumerable<string> units, int maxTokens)
    {
        var packed = new List<(string, int)>();
        var current = new StringBuilder();
        var currentTokens = 0;
        foreach (var unit in units)
        {
            var tokens = budget.Count(unit) + 1;
            if (current.Length > 0 && currentTokens + tokens > maxTokens)
            {
                packed.Add((current.ToString(), currentTokens));
                current.Clear();
                currentTokens = 0;
            }

            current.Append(current.Length == 0 ? string.Empty : " ").Append(unit);
            currentTokens += tokens;
        }

        if (current.Length > 0)
        {
            packed.Add((current.ToString(), currentTokens));
        }

        return packed;
    }
}
