using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Briefing.Grounding;

/// <summary>Finds quantities (digits or number words, with multipliers and units) so "45%" and "45 per cent" compare equal.</summary>
internal static partial class NumberFinder
{
    private static readonly FrozenDictionary<string, int> Words = new Dictionary<string, int>
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7,
        ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14,
        ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
        ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, decimal> Multipliers = new Dictionary<string, decimal>
    {
        ["hundred"] = 100m, ["thousand"] = 1_000m, ["million"] = 1_000_000m, ["billion"] = 1_000_000_000m,
        ["trillion"] = 1_000_000_000_000m, ["bn"] = 1_000_000_000m,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every quantity in <paramref name="text"/>; bare number words ("one of them") are left out when <paramref name="strict"/> is set.</summary>
    /// <remarks>
    /// A score or range ("4-1", "2024-25") is one quantity: its two numbers found apart elsewhere ("4-3", "3-1") do not
    /// support it. Its parts are listed as <see cref="NumberMention.Parts"/> so an article's "4-1" still supports a bare "4".
    /// </remarks>
    public static List<NumberMention> Find(string text, bool strict)
    {
        var found = new List<NumberMention>();
        var pairs = Pair().Matches(text);
        foreach (Match pair in pairs)
        {
            var parts = new[] { pair.Groups["a"].Value, pair.Groups["b"].Value }.Select(p => ParseNumber(p) ?? 0m).ToList();
            var unit = pair.Groups["unit"].Success ? NormalizeUnit(pair.Groups["unit"].Value) : null;
            found.Add(new NumberMention(pair.Value.Trim(), 0m, unit, 0m) { Pair = $"{parts[0]}-{parts[1]}", Parts = parts });
        }

        foreach (Match match in Quantity().Matches(text))
        {
            if (pairs.Any(p => match.Index < p.Index + p.Length && p.Index < match.Index + match.Length))
            {
                continue;
            }

            var number = match.Groups["number"].Value;
            var isWord = !char.IsDigit(number[0]);
            var multiplier = match.Groups["mult"].Success ? Multipliers[match.Groups["mult"].Value] : 1m;
            var unit = match.Groups["unit"].Success ? NormalizeUnit(match.Groups["unit"].Value) : null;
            if (isWord && strict && unit is null && multiplier == 1m)
            {
                continue;
            }

            if (ParseNumber(number) is { } value)
            {
                found.Add(new NumberMention(match.Value.Trim(), value * multiplier, unit, value));
            }
        }

        return found;
    }

    private static decimal? ParseNumber(string number)
    {
        var parts = number.Split('-');
        if (parts.All(Words.ContainsKey))
        {
            return parts.Sum(p => Words[p]);
        }

        return decimal.TryParse(number.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }

    private static string NormalizeUnit(string unit)
    {
        var lower = unit.ToLowerInvariant().Replace(" ", "", StringComparison.Ordinal);
        return lower switch
        {
            "%" or "percent" or "percentage" or "pc" => "percent",
            "km" or "kms" or "kilometre" or "kilometres" or "kilometer" or "kilometers" => "km",
            "mile" or "miles" or "mph" => lower == "mph" ? "mph" : "mile",
            "kg" or "kgs" or "kilogram" or "kilograms" or "kilo" or "kilos" => "kg",
            "lb" or "lbs" or "pound" or "pounds" => "pound",
            "ft" or "foot" or "feet" => "foot",
            "metre" or "metres" or "meter" or "meters" => "metre",
            _ => lower.EndsWith('s') ? lower[..^1] : lower,
        };
    }

    // An optional unit after a quantity, score or range, possibly joined by a space or a hyphen.
    private const string UnitPattern = """
        (?:[\s-]?(?<unit>%|(?:per\s?cent|percent|percentage|pc|seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|km|kms|kilomet(?:re|er)s?|miles?|mph|metres?|meters?|feet|foot|ft|kg|kgs|kilo(?:gram)?s?|tonnes?|tons?|pounds?|lbs?|dollars?|euros?)\b))?
        """;

    private const string NumberPattern = """
        (?<![\w.,])[$£€]?(?<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?\b)(?:st|nd|rd|th)?(?:[\s-]?(?<mult>hundred|thousand|million|billion|trillion|bn)\b)?
        """;

    // Two numbers joined by a hyphen or en dash, not part of a longer chain such as a date (2024-05-01).
    [GeneratedRegex(@"(?<![\w.,\-\u2013])(?<a>\d+(?:\.\d+)?)[\-\u2013](?<b>\d+(?:\.\d+)?)(?!\w|[.\-\u2013]\d)" + UnitPattern, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Pair();

    // A number (digits with thousands separators and decimals, or a hyphenated number word), an optional ordinal
    // suffix, an optional multiplier and an optional unit, each possibly joined by a space or a hyphen.
    [GeneratedRegex(NumberPattern + UnitPattern, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Quantity();
}
