namespace Briefing.Stories;

/// <summary>What the grouping reads of one article: its headline, body text and publication time.</summary>
/// <param name="Title">The headline, or null when the article has none.</param>
/// <param name="Text">The body text.</param>
/// <param name="PublishedAt">When it was published, if known.</param>
internal sealed record StoryCandidate(string? Title, string Text, DateTimeOffset? PublishedAt);
