using Briefing.Articles;

namespace Briefing.Briefings;

/// <summary>A finished briefing: article metadata, content, engine and time of generation; the input to rendering.</summary>
internal sealed record BriefingResult
{
    public required string Source { get; init; }
    public string? Title { get; init; }
    public string? Byline { get; init; }
    public DateTimeOffset? PublishedAt { get; init; }
    public required BriefingContent Content { get; init; }
    public required EngineInfo Engine { get; init; }
    public required DateTimeOffset GeneratedAt { get; init; }

    /// <summary>How well the content is supported by the article; null when the briefing was not checked.</summary>
    public GroundingReport? Grounding { get; init; }

    /// <summary>Tokens and cost of the model calls behind this briefing; null when no model was involved.</summary>
    public ModelUsage? Usage { get; init; }

    public static BriefingResult From(Article article, BriefingDraft draft, DateTimeOffset generatedAt) => new()
    {
        Source = article.Source,
        Title = article.Title,
        Byline = article.Byline,
        PublishedAt = article.PublishedAt,
        Content = draft.Content with { Language = draft.Content.Language ?? article.Language },
        Engine = draft.Engine,
        GeneratedAt = generatedAt,
        Usage = draft.Usage,
    };
}
