namespace Briefing.Articles;

/// <summary>An article that cannot be briefed, with a one-line message that tells the user what to do.</summary>
public sealed class ArticleException(ArticleErrorKind kind, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public ArticleErrorKind Kind { get; } = kind;
}
