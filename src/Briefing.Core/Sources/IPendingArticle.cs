using Briefing.Articles;

namespace Briefing.Sources;

/// <summary>An article a source offers for this run, and what the source does once it is briefed or has failed.</summary>
public interface IPendingArticle
{
    /// <summary>A short label for logs and the digest, e.g. the inbox file name or the item URL.</summary>
    string Source { get; }

    /// <summary>"inbox" or "feed".</summary>
    string Origin { get; }

    Task<Article> LoadAsync(CancellationToken cancellationToken);

    /// <summary>Called only after the briefing is durably written, or when this content was briefed before.</summary>
    Task MarkBriefedAsync(string contentHash, CancellationToken cancellationToken);

    /// <summary>Quarantines the article with a one-line reason; nothing is deleted.</summary>
    Task MarkFailedAsync(string reason, CancellationToken cancellationToken);
}
