namespace Briefing.State;

/// <summary>A story briefed in an earlier digest: its id, headline, when it was last briefed and the file stems of its articles.</summary>
internal sealed record StoredStory(string Id, string Headline, DateTimeOffset LastBriefedAt, IReadOnlyList<string> Stems);
