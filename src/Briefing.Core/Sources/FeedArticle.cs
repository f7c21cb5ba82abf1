using Briefing.Articles;
using Briefing.Delivery;
using Briefing.State;
using Briefing.Worker;

namespace Briefing.Sources;

/// <summary>One feed item: its page is fetched and extracted exactly like a URL given to <c>briefing brief</c>.</summary>
/// <remarks>
/// An item left pending is offered again by the next run; a quarantined one is remembered and not fetched again, and
/// its reason file keeps the failure on disk. A link that is not a web page (file:, javascript:, mailto:) is the item's
/// failure, listed like any other, rather than skipped without a word.
/// </remarks>
internal sealed class FeedArticle(
    Uri feed,
    FeedItem item,
    FeedSource owner,
    ArticleIngestor ingestor,
    BriefingStateStore store,
    EngineIdentity identity,
    FeedFailureWriter failures) : IPendingArticle
{
    public string Source => item.Link.ToString();

    public string Origin => "feed";

    public string Key => $"feed:{feed} {item.Id}";

    public async Task<Article> LoadAsync(CancellationToken cancellationToken)
    {
        if (item.Link.Scheme != Uri.UriSchemeHttp && item.Link.Scheme != Uri.UriSchemeHttps)
        {
            throw new ArticleException(
                ArticleErrorKind.UnsupportedContent, $"The feed item's link '{item.Link}' is not an http(s) web page; only web pages are fetched.");
        }

        var article = await ingestor.IngestAsync(new ArticleInput(item.Link.ToString()), cancellationToken);
        return string.IsNullOrWhiteSpace(article.Title) ? article with { Title = item.Title } : article;
    }

    public Task MarkBriefedAsync(string contentHash, CancellationToken cancellationToken) =>
        store.RecordFeedItemAsync(feed, item.Id, new BriefingKey(contentHash, identity.PromptVersion, identity.Model), cancellationToken);

    public async Task MarkFailedAsync(string reason, CancellationToken cancellationToken)
    {
        owner.MarkFailed(feed);
        await store.SetQuarantinedAsync(Key, quarantined: true, cancellationToken);
        await failures.WriteAsync(feed, item, reason, cancellationToken);
    }

    /// <summary>Keeps the feed's validators unsaved, so the next run fetches the feed in full and meets the item again.</summary>
    public Task MarkPendingAsync(CancellationToken cancellationToken)
    {
        owner.MarkFailed(feed);
        return Task.CompletedTask;
    }
}
