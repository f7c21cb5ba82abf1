namespace Briefing.State;

/// <summary>A row of the state store: one briefing, the file stem it was written under and its status.</summary>
internal sealed record StoredBriefing(BriefingKey Key, string Source, string FileStem, BriefingStatus Status);
