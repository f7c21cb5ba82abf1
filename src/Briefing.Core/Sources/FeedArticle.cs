using Briefing.Articles;
using Briefing.State;
using Briefing.Worker;

namespace Briefing.Sources;

/// <summary>One feed item: its page is fetched and extracted exactly like a URL given to <c>briefing brief</c>.</summary>
public sealed class FeedArticle(
    Uri feed,
    FeedItem item,
    FeedSource owner,
    ArticleIngestor ingestor,
    BriefingStateStore store,
    EngineIdentity identity) : IPendingArticle
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

    public Task MarkFailedAsync(string reason, CancellationToken cancellationToken)
    {
        owner.MarkFailed(feed);
        return Task.CompletedTask;
    }
}
