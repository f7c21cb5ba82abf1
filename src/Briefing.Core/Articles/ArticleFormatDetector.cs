namespace Briefing.Articles;

/// <summary>Chooses how to read an article from its content type, its extension and, failing those, its first bytes.</summary>
internal sealed class ArticleFormatDetector
{
    public ArticleFormat Detect(RawArticle raw, string text)
    {
        if (raw.ContentType is { } type)
        {
            if (type.Contains("html", StringComparison.OrdinalIgnoreCase))
            {
                return ArticleFormat.Html;
            }

            if (type.Contains("markdown", StringComparison.OrdinalIgnoreCase))
            {
                return ArticleFormat.Markdown;
            }
        }

        switch (raw.Extension?.ToLowerInvariant())
        {
            case ".html" or ".htm" or ".xhtml":
                return ArticleFormat.Html;
            case ".md" or ".markdown":
                return ArticleFormat.Markdown;
            case ".txt" or ".text":
                return ArticleFormat.Text;
        }

        var start = text.AsSpan().TrimStart();
        if (start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase))
        {
            return ArticleFormat.Html;
        }

        return start.StartsWith("# ") ? ArticleFormat.Markdown : ArticleFormat.Text;
    }
}
