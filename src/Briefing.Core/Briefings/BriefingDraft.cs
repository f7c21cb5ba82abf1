namespace Briefing.Briefings;

/// <summary>What an engine returns: the content, a description of the engine that wrote it, and what the model calls cost (null without a model).</summary>
public sealed record BriefingDraft(BriefingContent Content, EngineInfo Engine, ModelUsage? Usage = null);
