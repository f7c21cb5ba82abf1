namespace Briefing.Briefings;

/// <summary>What an engine returns: the content, a description of the engine that wrote it, and what the model calls cost (null without a model).</summary>
internal sealed record BriefingDraft(BriefingContent Content, EngineInfo Engine, ModelUsage? Usage = null)
{
    /// <summary>True when the article did not fit the context budget and the briefing was written from notes on its parts.</summary>
    public bool WrittenInParts { get; init; }

    /// <summary>True when the grounding check has already had the model revise this briefing once, so it is not asked again.</summary>
    public bool Revised { get; init; }

    /// <summary>Where the cache keeps this draft, so a later stage can store its final form there; null when it is not cached.</summary>
    public string? CacheKey { get; init; }
}
