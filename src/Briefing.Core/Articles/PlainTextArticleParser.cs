namespace Briefing.Articles;

/// <summary>Reads plain text: an optional headline line, caption lines kept as metadata, paragraphs split on blank lines.</summary>
internal sealed class PlainTextArticleParser
{
    public Article Parse(string source, string text)
    {
        var lines = text.Split('\n');
        var first = Array.FindIndex(lines, l => !string.IsNullOrWhiteSpace(l));
        string? title = null;
        var start = first;
        if (first >= 0 && HasBodyAfter(lines, first) && !ContinuesOnNextLine(lines, first) && HeadlineDetector.IsHeadline(lines[first]))
        {
            title = lines[first].Trim();
            start = first + 1;
        }

        var captions = new List<string>();
        var paragraphs = new List<string>();
        var current = new List<string>();
        for (var i = Math.Max(start, 0); i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                Flush(current, paragraphs);
            }
            else if (CaptionDetector.IsCaption(line))
            {
                Flush(current, paragraphs);
                captions.Add(line);
            }
            else
            {
                current.Add(line);
            }
        }

        Flush(current, paragraphs);
        return new Article { Source = source, Title = title, Paragraphs = paragraphs, Captions = captions, Format = ArticleFormat.Text };
    }

    // Hard-wrapped wire copy: a first line whose sentence goes on in lower case on the next line is body, not a headline.
    private static bool ContinuesOnNextLine(string[] lines, int index) =>
        index + 1 < lines.Length && lines[index + 1].TrimStart() is { Length: > 0 } next && char.IsLower(next[0]);

    private static bool HasBodyAfter(string[] lines, int index) =>
        lines.Skip(index + 1).Any(l => !string.IsNullOrWhiteSpace(l));

    private static void Flush(List<string> current, List<string> paragraphs)
    {
        if (current.Count > 0)
        {
            paragraphs.Add(string.Join(' ', current));
            current.Clear();
        }
    }
}
