using System.Globalization;

namespace Briefing.Support;

/// <summary>Builds long, varied, deterministic article bodies of an exact word count, for the in-parts path.</summary>
public static class LongArticleText
{
    private static readonly string[] Cities = ["Geneva", "Vienna", "Ankara", "Warsaw", "Helsinki", "Oslo", "Madrid", "Lisbon"];
    private static readonly string[] Subjects = ["grain exports", "border crossings", "prisoner exchanges", "energy prices", "shipping lanes"];

    /// <summary>Paragraphs of about fifty words; every sentence is different, so every chunk is different.</summary>
    public static IReadOnlyList<string> Paragraphs(int words)
    {
        var all = new List<string>();
        for (var i = 1; all.Count < words; i++)
        {
            var city = Cities[i % Cities.Length];
            var subject = Subjects[i % Subjects.Length];
            var sentence = string.Create(
                CultureInfo.InvariantCulture,
                $"On day {i} delegates in {city} discussed {subject} for {i % 9 + 2} hours and agreed on {i % 7 + 1} points before adjourning.");
            all.AddRange(sentence.Split(' '));
        }

        return all.Take(words).Chunk(50).Select(w => string.Join(' ', w)).ToList();
    }

    public static int WordCount(IEnumerable<string> paragraphs) =>
        paragraphs.Sum(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
}
