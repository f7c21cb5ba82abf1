namespace Briefing.State;

/// <summary>What the story grouping and a story briefing need of a briefed article, kept after its source moved on.</summary>
/// <param name="Stem">The file stem of the article's briefing.</param>
/// <param name="Title">Its headline, if it had one.</param>
/// <param name="Source">The inbox file name or the page URL.</param>
/// <param name="Body">The body, paragraphs separated by blank lines.</param>
/// <param name="PublishedAt">When it was published, if known.</param>
internal sealed record StoredArticleText(string Stem, string? Title, string Source, string Body, DateTimeOffset? PublishedAt);
