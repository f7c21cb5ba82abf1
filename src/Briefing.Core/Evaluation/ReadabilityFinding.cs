namespace Briefing.Evaluation;

/// <summary>One defect found in a briefing: its kind, where it is ("key point 2", "paragraph") and the text that shows it.</summary>
internal sealed record ReadabilityFinding(ReadabilityDefect Kind, string Location, string Excerpt);
