using Briefing.Briefings;

namespace Briefing.Rendering;

/// <summary>The JSON shape of a briefing; field names are a public contract.</summary>
public sealed record BriefingDocument(
    string? Title,
    string Source,
    string? Byline,
    DateTimeOffset? PublishedAt,
    string? Language,
    string Briefing,
    IReadOnlyList<string> KeyPoints,
    BriefingDocument.EngineDocument Engine,
    DateTimeOffset GeneratedAt,
    GroundingDocument? Grounding = null)
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
        GroundingDocument.From(result.Grounding));

    /// <summary>Which engine made the briefing.</summary>
    public sealed record EngineDocument(string Kind, string Model, string? PromptVersion, string? Note);
}
