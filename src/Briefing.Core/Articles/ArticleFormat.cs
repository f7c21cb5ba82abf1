namespace Briefing.Articles;

/// <summary>How an article's text is to be read.</summary>
public enum ArticleFormat
{
    Auto,
    Text,
    Markdown,
    Html,
}
