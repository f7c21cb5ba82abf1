namespace Briefing.Articles;

/// <summary>An article after ingest: plain-text body paragraphs plus the metadata a reader needs.</summary>
/// <remarks>Every later stage works on this record only, so the input format never leaks past ingest.</remarks>
internal sealed record Article
{
    public required string Source { get; init; }
    public string? Title { get; init; }
    public string? Byline { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    public string? Language { get; init; }
    public required IReadOnlyList<string> Paragraphs { get; init; }

    /// <summary>Photo captions and similar lines kept as metadata, never summarized as body text.</summary>
    public IReadOnlyList<string> Captions { get; init; } = [];

    public ArticleFormat Format { get; init; }

    /// <summary>A single article, a story joined from several, or the overview's story briefings.</summary>
    public ArticleKind Kind { get; init; }

    /// <summary>The articles a story (or the overview) joins, in order; empty for a single article.</summary>
    /// <remarks><see cref="Paragraphs"/> then holds all of their paragraphs, so the grounding check reads the union.</remarks>
    public IReadOnlyList<Article> Reports { get; init; } = [];

    /// <summary>The body as paragraphs separated by blank lines.</summary>
    public string Body => string.Join("\n\n", Paragraphs);
}
