namespace Briefing.Briefings;

/// <summary>What an engine returns: the content and a description of the engine that wrote it.</summary>
public sealed record BriefingDraft(BriefingContent Content, EngineInfo Engine);
