using Briefing.Articles;
using Briefing.Delivery;
using Briefing.State;
using Briefing.Worker;

namespace Briefing.Sources;

/// <summary>One feed item: its page is fetched and extracted exactly like a URL given to <c>briefing brief</c>.</summary>
/// <remarks>A failed item is not recorded as briefed, so the next run offers it again; its reason file keeps the failure on disk.</remarks>
public sealed class FeedArticle(
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

    public async Task<Article> LoadAsync(CancellationToken cancellationToken)
    {
        var article = await ingestor.IngestAsync(new ArticleInput(item.Link.ToString()), cancellationToken);
        return string.IsNullOrWhiteSpace(article.Title) ? article with { Title = item.Title } : article;
    }

    public Task MarkBriefedAsync(string contentHash, CancellationToken cancellationToken) =>
        store.RecordFeedItemAsync(feed, item.Id, new BriefingKey(contentHash, identity.PromptVersion, identity.Model), cancellationToken);

    public async Task MarkFailedAsync(string reason, CancellationToken cancellationToken)
    {
        owner.MarkFailed(feed);
        await failures.WriteAsync(feed, item, reason, cancellationToken);
    }
}
