using System.Globalization;
using System.Text;

namespace Briefing.Benchmarks;

/// <summary>Articles of a chosen length built from the sample's paragraphs, so every figure uses real news prose.</summary>
internal static class SyntheticArticles
{
    private static readonly string[] Paragraphs = LoadSampleParagraphs();

    /// <summary>Plain text of about <paramref name="words"/> words: a headline, then sample paragraphs cycled with a round number.</summary>
    public static string PlainText(int words)
    {
        var text = new StringBuilder("Russian FM Lavrov advises Putin to continue Ukrainian talks with West\n\n");
        var count = 0;
        for (var i = 0; count < words; i++)
        {
            var paragraph = Paragraphs[i % Paragraphs.Length];
            // Later rounds get a distinct opening so the extractive engine's duplicate filter does not shortcut the work.
            var round = i / Paragraphs.Length;
            var line = round == 0 ? paragraph : $"In update {round.ToString(CultureInfo.InvariantCulture)}, {char.ToLowerInvariant(paragraph[0])}{paragraph[1..]}";
            text.Append(line).Append("\n\n");
            count += line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        }

        return text.ToString();
    }

    public static byte[] Utf8(int words) => Encoding.UTF8.GetBytes(PlainText(words));

    private static string[] LoadSampleParagraphs()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "samples", "lavrov-talks.txt");
        return File.ReadAllText(path)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Skip(1)
            .ToArray();
    }
}
