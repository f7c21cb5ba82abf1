using Briefing.Briefings;

namespace Briefing.Rendering;

/// <summary>The JSON shape of a briefing; field names are a public contract.</summary>
internal sealed record BriefingDocument(
    string? Title,
    string Source,
    string? Byline,
    DateTimeOffset? PublishedAt,
    string? Language,
    string Briefing,
    IReadOnlyList<string> KeyPoints,
    BriefingDocument.EngineDocument Engine,
    DateTimeOffset GeneratedAt,
    GroundingDocument? Grounding = null,
    BriefingDocument.UsageDocument? Usage = null)
{
    public static BriefingDocument From(BriefingResult result) => new(
        result.Title,
        result.Source,
        result.Byline,
        result.PublishedAt,
        result.Content.Language,
        result.Content.Briefing,
        result.Content.KeyPoints,
        new EngineDocument(result.Engine.Kind, result.Engine.Model, result.Engine.PromptVersion, result.Engine.Note),
        result.GeneratedAt,
        GroundingDocument.From(result.Grounding),
        result.Usage is { } usage ? UsageDocument.From(usage) : null);

    /// <summary>Which engine made the briefing.</summary>
    public sealed record EngineDocument(string Kind, string Model, string? PromptVersion, string? Note);

    /// <summary>Tokens and cost of the model calls; <c>estimated</c> is true when counted locally because the provider reported none.</summary>
    public sealed record UsageDocument(int PromptTokens, int CompletionTokens, int TotalTokens, bool Estimated, decimal? CostUsd, int ModelCalls, bool Cached)
    {
        public static UsageDocument From(ModelUsage usage) => new(
            usage.PromptTokens, usage.CompletionTokens, usage.TotalTokens, usage.Estimated, usage.CostUsd, usage.ModelCalls, usage.Cached);
    }
}
