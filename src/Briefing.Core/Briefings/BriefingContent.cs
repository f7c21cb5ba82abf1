namespace Briefing.Briefings;

/// <summary>The substance of a briefing: one paragraph and the key points, plus the language they are written in.</summary>
internal sealed record BriefingContent(string Briefing, IReadOnlyList<string> KeyPoints, string? Language = null);
