using Briefing.Articles;

namespace Briefing.Sources;

/// <summary>An article a source offers for this run, and what the source does once it is briefed, has failed or is left pending.</summary>
internal interface IPendingArticle
{
    /// <summary>A short label for logs and the digest, e.g. the inbox file name or the item URL.</summary>
    string Source { get; }

    /// <summary>"inbox" or "feed".</summary>
    string Origin { get; }

    /// <summary>What the state store counts attempts under: the inbox path, or the feed and item id.</summary>
    string Key { get; }

    Task<Article> LoadAsync(CancellationToken cancellationToken);

    /// <summary>Called only after the briefing is durably written, or when this content was briefed before.</summary>
    Task MarkBriefedAsync(string contentHash, CancellationToken cancellationToken);

    /// <summary>Quarantines the article with a one-line reason; nothing is deleted.</summary>
    Task MarkFailedAsync(string reason, CancellationToken cancellationToken);

    /// <summary>Leaves the article where it is so the next pass offers it again.</summary>
    Task MarkPendingAsync(CancellationToken cancellationToken);
}
