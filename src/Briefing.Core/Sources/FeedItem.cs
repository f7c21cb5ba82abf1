namespace Briefing.Sources;

/// <summary>One entry of a feed: a stable id, the page to brief and the feed's own title for it.</summary>
internal sealed record FeedItem(string Id, Uri Link, string? Title);
