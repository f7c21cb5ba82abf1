using Microsoft.Extensions.Options;

namespace Briefing.Articles;

/// <summary>Extracts the main text, title, byline, date and language of a web page with SmartReader.</summary>
/// <remarks>The page's nesting depth is measured first: SmartReader's cost grows with it and its recursion overflows the stack.</remarks>
internal sealed class HtmlArticleParser(IOptions<IngestOptions> options)
{
    public Article Parse(string source, string html)
    {
        var limit = options.Value.MaxHtmlDepth;
        if (HtmlDepthScanner.MaxDepth(html, limit) > limit)
        {
            throw new ArticleException(
                ArticleErrorKind.TooDeep,
                $"'{source}' nests its HTML elements more than {limit} levels deep, which no article needs; it was not parsed (limit: Briefing:Ingest:MaxHtmlDepth).");
        }

        var baseUri = Uri.TryCreate(source, UriKind.Absolute, out var uri) && uri.Scheme.StartsWith("http", StringComparison.Ordinal)
            ? uri.ToString()
            : "https://localhost/article";
        // Short news pages fall under SmartReader's default 500-character readability threshold; still take their text.
        var reader = new SmartReader.Reader(baseUri, html) { CharThreshold = 100, ContinueIfNotReadable = true };
        var extracted = reader.GetArticle();
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
            Byline = BylineText.Normalize(extracted.Byline),
            PublishedAt = extracted.PublicationDate is { } date && date > DateTime.MinValue ? new DateTimeOffset(DateTime.SpecifyKind(date, DateTimeKind.Utc)) : null,
            Language = string.IsNullOrWhiteSpace(extracted.Language) ? null : extracted.Language,
            Paragraphs = paragraphs,
            Captions = captions,
            Format = ArticleFormat.Html,
        };
    }
}
