using Briefing.Briefings;

namespace Briefing.Grounding;

/// <summary>The follow-up reply, or why it was unusable; with what the follow-up call cost either way.</summary>
/// <param name="Content">The revised briefing, or null when the reply could not be parsed.</param>
/// <param name="Failure">Why the reply was unusable, or null.</param>
/// <param name="Usage">The follow-up call's usage, kept even when its reply is not.</param>
internal sealed record GroundingRevision(BriefingContent? Content, string? Failure, ModelUsage Usage);
