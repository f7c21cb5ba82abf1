using System.Text.RegularExpressions;

namespace Briefing.Providers.Local;

/// <summary>The rules <see cref="GbnfRepetition"/> writes, read back as a regular expression, match exactly the lengths asked for.</summary>
public sealed class GbnfRepetitionTests
{
    [Theory]
    [InlineData(1, 16)]
    [InlineData(0, 3)]
    [InlineData(1, 64)]
    [InlineData(1, 66)]
    [InlineData(1, 100)]
    [InlineData(5, 5)]
    [InlineData(0, 0)]
    [InlineData(1, 2000)]
    public void Between_AnyBound_MatchesEveryLengthInsideAndNoneOutside(int min, int max)
    {
        var repetition = new GbnfRepetition("n");
        var root = repetition.Between("x", min, max);
        var pattern = new Regex($"^{Expand(root, Rules(repetition))}$", RegexOptions.None, TimeSpan.FromSeconds(10));

        foreach (var length in new[] { 0, 1, min - 1, min, min + 1, (min + max) / 2, max - 1, max, max + 1, max + 2 }.Where(l => l >= 0).Distinct())
        {
            Assert.True(pattern.IsMatch(new string('x', length)) == (length >= min && length <= max), $"length {length} of {min}..{max}");
        }
    }

    [Fact]
    public void Between_LargeBound_StaysSmallAndUsesNoRepetitionOperator()
    {
        var repetition = new GbnfRepetition("n");

        repetition.Between("char", 1, 100_000);

        Assert.InRange(repetition.Rules.Count, 300, 1_500);
        Assert.DoesNotContain(repetition.Rules, r => r.Contains('{', StringComparison.Ordinal) || r.Contains('*', StringComparison.Ordinal) || r.Contains('?', StringComparison.Ordinal));
    }

    private static Dictionary<string, string> Rules(GbnfRepetition repetition) =>
        repetition.Rules.Select(r => r.Split(" ::= ", 2)).ToDictionary(p => p[0], p => p[1]);

    // Each rule becomes a group of its alternatives; "x" is the element and "" the empty string.
    private static string Expand(string symbol, Dictionary<string, string> rules, Dictionary<string, string>? done = null)
    {
        done ??= [];
        if (symbol == "x")
        {
            return "x";
        }

        if (done.TryGetValue(symbol, out var known))
        {
            return known;
        }

        var alternatives = rules[symbol].Split(" | ").Select(alternative => string.Concat(
            alternative.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(part => part == "\"\"" ? string.Empty : Expand(part, rules, done))));
        var expanded = "(?:" + string.Join('|', alternatives) + ")";
        done[symbol] = expanded;
        return expanded;
    }
}
