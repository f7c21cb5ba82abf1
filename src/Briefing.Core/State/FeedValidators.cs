namespace Briefing.State;

/// <summary>The ETag and Last-Modified values a feed last answered with, sent back for a conditional GET.</summary>
internal sealed record FeedValidators(string? ETag, string? LastModified);
