using Microsoft.Extensions.Options;

namespace Briefing.Articles;

/// <summary>The ingest stage: read, decode, detect the format and parse into an <see cref="Article"/>.</summary>
/// <remarks>Parsing runs within Briefing:Ingest:ParseTimeout, so one hostile page costs at most that long.</remarks>
internal sealed class ArticleIngestor(
    ArticleReader reader,
    ArticleDecoder decoder,
    ArticleFormatDetector detector,
    PlainTextArticleParser plainText,
    MarkdownArticleParser markdown,
    HtmlArticleParser html,
    IOptions<IngestOptions> options,
    TimeProvider time)
{
    public async Task<Article> IngestAsync(ArticleInput input, CancellationToken cancellationToken)
    {
        var raw = await reader.ReadAsync(input, cancellationToken);
        return await ParseDeadline.RunAsync(() => ParseNow(raw, input.Format), options.Value.ParseTimeout, time, raw.Source, cancellationToken);
    }

    /// <summary>Parses bytes already read, e.g. by the worker from its inbox.</summary>
    public Article Parse(RawArticle raw, ArticleFormat format = ArticleFormat.Auto) =>
        ParseDeadline.Run(() => ParseNow(raw, format), options.Value.ParseTimeout, time, raw.Source);

    private Article ParseNow(RawArticle raw, ArticleFormat format)
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
