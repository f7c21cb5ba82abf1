namespace Briefing.Articles;

/// <summary>Extracts the main text, title, byline, date and language of a web page with SmartReader.</summary>
public sealed class HtmlArticleParser
{
    public Article Parse(string source, string html)
    {
        var baseUri = Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.Scheme.StartsWith("http", StringComparison.Ordinal)
            ? uri.ToString()
            : "https://localhost/article";
        var extracted = SmartReader.Reader.ParseArticle(baseUri, html);
        var text = extracted.TextContent ?? string.Empty;
        var paragraphs = text.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0)
            .ToList();
        if (!string.IsNullOrWhiteSpace(extracted.Title) && paragraphs.Count > 0 && paragraphs[0] == extracted.Title.Trim())
        {
            paragraphs.RemoveAt(0);
        }

        var captions = paragraphs.Where(CaptionDetector.IsCaption).ToList();
        paragraphs.RemoveAll(CaptionDetector.IsCaption);
        return new Article
        {
            Source = source,
            Title = string.IsNullOrWhiteSpace(extracted.Title) ? null : extracted.Title.Trim(),
            Byline = string.IsNullOrWhiteSpace(extracted.Byline) ? null : extracted.Byline.Trim(),
            PublishedAt = extracted.PublicationDate is { } date ? new DateTimeOffset(DateTime.SpecifyKind(date, DateTimeKind.Utc)) : null,
            Language = string.IsNullOrWhiteSpace(extracted.Language) ? null : extracted.Language,
            Paragraphs = paragraphs,
            Captions = captions,
            Format = ArticleFormat.Html,
        };
    }
}
