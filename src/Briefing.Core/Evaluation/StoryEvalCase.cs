using Briefing.Stories;

namespace Briefing.Evaluation;

/// <summary>One article of a grouping evaluation set with the event it reports.</summary>
internal sealed record StoryEvalCase(string Id, string Event, string? Outlet, StoryCandidate Article);
