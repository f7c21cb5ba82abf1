using System.Collections.Concurrent;
using Briefing.Articles;
using Briefing.Delivery;
using Briefing.State;
using Briefing.Worker;
using Microsoft.Extensions.Options;

namespace Briefing.Sources;

/// <summary>Offers the newest items of each configured feed that this prompt and model have not briefed yet.</summary>
/// <remarks>
/// A feed's validators are saved only after all its items were handled without failure, so a killed run or a failed
/// item makes the next run fetch the feed in full again instead of receiving a 304 and losing the item.
/// </remarks>
internal sealed class FeedSource(
    IOptions<WorkerOptions> options,
    FeedReader reader,
    ArticleIngestor ingestor,
    BriefingStateStore store,
    EngineIdentity identity,
    FeedFailureWriter failures) : IArticleSource
{
    private readonly ConcurrentDictionary<Uri, FeedValidators> _toSave = new();
    private readonly ConcurrentDictionary<Uri, bool> _failed = new();

    public string Name => "feeds";

    public async Task<SourceBatch> CollectAsync(CancellationToken cancellationToken)
    {
        var articles = new List<IPendingArticle>();
        var failures = new List<SourceFailure>();
        foreach (var feed in options.Value.Feeds)
        {
            if (feed.Url is not { } url)
            {
                continue;
            }

            try
            {
                articles.AddRange(await CollectAsync(url, feed.MaxItems ?? options.Value.MaxItemsPerFeed, failures, cancellationToken));
            }
            catch (Exception e) when (ItemFailure.BelongsToItem(e, cancellationToken))
            {
                // One feed that cannot be read or parsed, whatever the cause, costs only its own items.
                failures.Add(new SourceFailure(url.ToString(), ItemFailure.Of(e).Reason));
            }
        }

        return new SourceBatch(articles, failures);
    }

    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        foreach (var (url, validators) in _toSave)
        {
            if (!_failed.ContainsKey(url))
            {
                await store.SaveFeedValidatorsAsync(url, validators, cancellationToken);
            }
        }
    }

    internal void MarkFailed(Uri feed) => _failed[feed] = true;

    private async Task<IReadOnlyList<IPendingArticle>> CollectAsync(Uri url, int maxItems, List<SourceFailure> refused, CancellationToken cancellationToken)
    {
        var response = await reader.ReadAsync(url, await store.FeedValidatorsAsync(url, cancellationToken), maxItems, cancellationToken);
        if (response.NotModified)
        {
            return [];
        }

        refused.AddRange(response.Refused);

        _toSave[url] = response.Validators;
        var pending = new List<IPendingArticle>();
        foreach (var item in response.Items)
        {
            var article = new FeedArticle(url, item, this, ingestor, store, identity, failures);
            if (!await store.IsFeedItemBriefedAsync(url, item.Id, identity.PromptVersion, identity.Model, cancellationToken)
                && !await store.IsQuarantinedAsync(article.Key, cancellationToken))
            {
                pending.Add(article);
            }
        }

        return pending;
    }
}
