using System.Globalization;
using System.Text.RegularExpressions;
using Briefing.Articles;

namespace Briefing.Engines.Extractive;

/// <summary>Finds counts the reports of one story give differently ("25 hurt" in one, "27 hurt" in another) and says so in one line.</summary>
/// <remarks>
/// A count is a number followed by the word it counts. Two reports disagree when each gives one value for the same
/// word and the values differ; a report that gives several values for a word (two different groups of people) is left
/// out, since the numbers need not be about the same thing. Years are not counts.
/// </remarks>
internal static partial class ReportDisagreements
{
    public static IReadOnlyList<string> Find(IReadOnlyList<Article> reports)
    {
        var values = new Dictionary<string, List<(string Source, string Number)>>(StringComparer.Ordinal);
        foreach (var report in reports)
        {
            var counts = Count().Matches(report.Body)
                .Select(m => (Number: m.Groups["number"].Value.TrimEnd(',', '.'), Word: m.Groups["word"].Value.ToLowerInvariant()))
                .Where(c => !IsYear(c.Number))
                .GroupBy(c => c.Word, StringComparer.Ordinal);
            foreach (var word in counts)
            {
                var distinct = word.Select(c => Normalize(c.Number)).Distinct(StringComparer.Ordinal).ToList();
                if (distinct.Count == 1)
                {
                    (values.TryGetValue(word.Key, out var list) ? list : values[word.Key] = []).Add((report.Source, word.First().Number));
                }
            }
        }

        return values
            .Where(v => v.Value.Select(x => Normalize(x.Number)).Distinct(StringComparer.Ordinal).Count() > 1)
            .OrderBy(v => v.Key, StringComparer.Ordinal)
            .Select(v => "The sources differ: " + string.Join(", ", v.Value.Select(x => $"{x.Source} gives {x.Number} {v.Key}")) + ".")
            .ToList();
    }

    private static string Normalize(string number) => number.Replace(",", string.Empty, StringComparison.Ordinal);

    private static bool IsYear(string number) =>
        number.Length == 4 && int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2100;

    [GeneratedRegex(@"(?<![\d:.,])(?<number>\d{1,3}(?:,\d{3})+|\d+)(?![\d:])\s+(?<word>[A-Za-z]{3,})\b")]
    private static partial Regex Count();
}
