using System.Globalization;
using System.Text;

namespace Briefing.Providers.Local;

/// <summary>Writes "between min and max of this element" as plain GBNF rules, without the <c>{m,n}</c> operator.</summary>
/// <remarks>
/// llama.cpp refuses a grammar when a repetition count times the number of rules defined before it reaches 2,000, and
/// LLamaSharp then samples with a null grammar and crashes the process. Spelled out as rules, a bound of any size parses:
/// up to 64 optional items are a ladder (<c>o3 ::= e o2 | ""</c>); more are blocks of about √n items and a ladder for the rest,
/// so a 100,000-character bound costs about 1,000 short rules, and at most three parses of a prefix stay alive while sampling.
/// </remarks>
internal sealed class GbnfRepetition(string prefix)
{
    private const int LadderLimit = 64;
    private readonly List<string> _rules = [];
    private int _next;

    /// <summary>The rules written so far; they use no repetition operator, so their place in the grammar does not matter.</summary>
    public IReadOnlyList<string> Rules => _rules;

    /// <summary>A rule name that matches <paramref name="element"/> at least <paramref name="min"/> and at most <paramref name="max"/> times in a row.</summary>
    public string Between(string element, int min, int max)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(min);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, min);
        var required = Sequence(element, min);
        var optional = UpTo(element, max - min);
        return Add($"{required} {optional}".Trim() is { Length: > 0 } body ? body : "\"\"");
    }

    private string UpTo(string element, int count)
    {
        if (count == 0)
        {
            return string.Empty;
        }

        if (count <= LadderLimit)
        {
            return Ladder(element, count);
        }

        var block = (int)Math.Ceiling(Math.Sqrt(count));
        var blocks = count / block;
        var rest = count % block;
        var blockRule = Add(Sequence(element, block));
        var fewerBlocks = $"{Ladder(blockRule, blocks - 1)} {Ladder(element, block - 1)}".Trim();
        var allBlocks = $"{Sequence(blockRule, blocks)} {Ladder(element, rest)}".Trim();
        return Add($"{fewerBlocks} | {allBlocks}");
    }

    // o1 ::= e | ""; o2 ::= e o1 | "" ...: an explicit empty literal, because a bare "|" at the end of a line would continue on
    // the next one. The nesting is a tail call for llama.cpp, so its parse stacks stay short.
    private string Ladder(string element, int count)
    {
        var previous = string.Empty;
        for (var i = 1; i <= count; i++)
        {
            previous = Add($"{element} {previous}".TrimEnd() + " | \"\"");
        }

        return previous;
    }

    private static string Sequence(string element, int count) =>
        count == 0 ? string.Empty : new StringBuilder().AppendJoin(' ', Enumerable.Repeat(element, count)).ToString();

    private string Add(string body)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"{prefix}{_next++}");
        _rules.Add($"{name} ::= {body}");
        return name;
    }
}
