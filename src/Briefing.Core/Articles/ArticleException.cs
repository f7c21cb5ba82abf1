namespace Briefing.Articles;

/// <summary>An article that cannot be briefed, with a one-line message that tells the user what to do.</summary>
internal sealed class ArticleException(ArticleErrorKind kind, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public ArticleErrorKind Kind { get; } = kind;

    /// <summary>Whether a later try may succeed: a fetch that failed on the network or the server, or a parse that ran out
    /// of time on a busy machine. A page that redirects somewhere it must not go, or an address that is not a web page,
    /// fails the same way every time.</summary>
    public bool IsTransient { get; init; } = kind is ArticleErrorKind.FetchFailed or ArticleErrorKind.TooSlow;
}
