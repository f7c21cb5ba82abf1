using System.Globalization;
using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using Briefing.Articles;
using Briefing.State;
using Microsoft.Extensions.Options;

namespace Briefing.Sources;

/// <summary>Fetches an RSS or Atom feed with a conditional GET and lists its newest items.</summary>
internal sealed class FeedReader(HttpClient http, IOptions<IngestOptions> options)
{
    public async Task<FeedResponse> ReadAsync(Uri url, FeedValidators? known, int maxItems, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.FetchTimeout);
        try
        {
            using var response = await HttpRedirects.GetAsync(http, url, target => Request(target, known), timeout.Token);
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return new FeedResponse(true, [], known ?? new FeedValidators(null, null));
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new ArticleException(ArticleErrorKind.FetchFailed, $"Feed {url} answered HTTP {(int)response.StatusCode} {response.ReasonPhrase}; check Briefing:Worker:Feeds.");
            }

            if (response.Content.Headers.ContentLength > options.Value.MaxArticleBytes)
            {
                throw new ArticleException(ArticleErrorKind.TooLarge, $"Feed {url} is larger than Briefing:Ingest:MaxArticleBytes.");
            }

            var validators = new FeedValidators(
                response.Headers.ETag?.ToString(),
                response.Content.Headers.LastModified?.ToString("R", CultureInfo.InvariantCulture));
            await using var stream = await response.Content.ReadAsStreamAsync(timeout.Token);
            var (items, refused) = await ParseAsync(url, stream, maxItems, timeout.Token);
            return new FeedResponse(false, items, validators) { Refused = refused };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ArticleException(ArticleErrorKind.FetchFailed, $"Fetching feed {url} timed out after {options.Value.FetchTimeout.TotalSeconds:0} s.");
        }
        catch (HttpRequestException e)
        {
            throw new ArticleException(ArticleErrorKind.FetchFailed, $"Fetching feed {url} failed: {FetchFailure.Describe(e)}", e);
        }
        catch (IOException e)
        {
            throw new ArticleException(ArticleErrorKind.FetchFailed, $"Fetching feed {url} failed: the connection was cut while reading the feed; try again later.", e);
        }
    }

    private HttpRequestMessage Request(Uri url, FeedValidators? known)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.UserAgent.ParseAdd(options.Value.UserAgent);
        request.Headers.Accept.ParseAdd("application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8");
        if (known?.ETag is { } etag)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        if (known?.LastModified is { } modified)
        {
            request.Headers.TryAddWithoutValidation("If-Modified-Since", modified);
        }

        return request;
    }

    private async Task<(IReadOnlyList<FeedItem> Items, IReadOnlyList<SourceFailure> Refused)> ParseAsync(Uri url, Stream stream, int maxItems, CancellationToken cancellationToken)
    {
        // The whole feed is buffered within the size limit, checked while reading so an endless body stops at the limit;
        // DTDs are refused so a feed cannot expand entities, and the parsed text is bounded by the same limit.
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > options.Value.MaxArticleBytes)
            {
                throw new ArticleException(ArticleErrorKind.TooLarge, $"Feed {url} is larger than Briefing:Ingest:MaxArticleBytes.");
            }

            buffer.Write(chunk, 0, read);
        }

        buffer.Position = 0;
        SyndicationFeed feed;
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = options.Value.MaxArticleBytes,
        };
        try
        {
            using var xml = XmlReader.Create(buffer, settings);
            feed = SyndicationFeed.Load(xml);
        }
        catch (Exception e) when (e is XmlException or InvalidOperationException)
        {
            throw new ArticleException(ArticleErrorKind.UnsupportedContent, $"{url} is not an RSS or Atom feed: {e.Message}", e);
        }

        // Items that cannot be fetched are listed as refused, never dropped silently; they do not use up the cap.
        var items = new List<FeedItem>();
        var refused = new List<SourceFailure>();
        var newestFirst = feed.Items
            .Select(item => (Item: item, Date: item.PublishDate != default ? item.PublishDate : item.LastUpdatedTime))
            .OrderByDescending(x => x.Date)
            .Select(x => x.Item);
        foreach (var item in newestFirst)
        {
            if (items.Count == maxItems)
            {
                break;
            }

            if (Refusal(url, item, out var link) is { } reason)
            {
                refused.Add(reason);
            }
            else if (link is not null)
            {
                items.Add(new FeedItem(string.IsNullOrWhiteSpace(item.Id) ? link.ToString() : item.Id, link, item.Title?.Text));
            }
        }

        return (items, refused);
    }

    private static SourceFailure? Refusal(Uri feed, SyndicationItem item, out Uri? link)
    {
        var alternate = item.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate");
        link = alternate?.GetAbsoluteUri() ?? alternate?.Uri ?? (Uri.TryCreate(item.Id, UriKind.Absolute, out var idUrl) ? idUrl : null);
        var title = string.IsNullOrWhiteSpace(item.Title?.Text) ? item.Id ?? "(untitled)" : item.Title.Text;

        // Relative links resolve against the feed. A link that is not http(s) is kept: the item fails as an article, so it is
        // listed once with its reason and remembered, instead of being refused again by every pass that reads the feed.
        if (link is not null && !link.IsAbsoluteUri)
        {
            link = Uri.TryCreate(feed, link, out var resolved) ? resolved : null;
        }

        return link is null
            ? new SourceFailure($"{feed} item '{title}'", $"Feed {feed}: the item '{title}' has no usable link, so there is no page to brief.")
            : null;
    }
}
