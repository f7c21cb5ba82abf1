namespace Briefing.Articles;

/// <summary>The ingest stage: read, decode, detect the format and parse into an <see cref="Article"/>.</summary>
public sealed class ArticleIngestor(
    ArticleReader reader,
    ArticleDecoder decoder,
    ArticleFormatDetector detector,
    PlainTextArticleParser plainText,
    MarkdownArticleParser markdown,
    HtmlArticleParser html)
{
    public async Task<Article> IngestAsync(ArticleInput input, CancellationToken cancellationToken)
    {
        var raw = await reader.ReadAsync(input, cancellationToken);
        return Parse(raw, input.Format);
    }

    /// <summary>Parses bytes already read, e.g. by the worker from its inbox.</summary>
    public Article Parse(RawArticle raw, ArticleFormat format = ArticleFormat.Auto)
    {
        var text = decoder.Decode(raw);
        var chosen = format == ArticleFormat.Auto ? detector.Detect(raw, text) : format;
        var article = chosen switch
        {
            ArticleFormat.Html => html.Parse(raw.Source, text),
            ArticleFormat.Markdown => markdown.Parse(raw.Source, text),
            _ => plainText.Parse(raw.Source, text),
        };
        if (article.Paragraphs.Count == 0)
        {
            throw new ArticleException(ArticleErrorKind.Empty, $"'{raw.Source}' has no article text after extraction (only a title, captions or markup).");
        }

        return article;
    }
}
