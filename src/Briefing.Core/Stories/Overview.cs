using Briefing.Rendering;

namespace Briefing.Stories;

/// <summary>"Today in brief": one line per top story, and how it was written.</summary>
/// <param name="Lines">One per top story, most important first.</param>
/// <param name="Grounding">The check of a model-written overview against the story briefings; null when the lines are the briefings' own sentences.</param>
/// <param name="Usage">Tokens and cost of the model call, or null.</param>
/// <param name="Note">Why the lines are the stories' lead points although a model is configured, or null.</param>
internal sealed record Overview(IReadOnlyList<OverviewLine> Lines, GroundingDocument? Grounding, BriefingDocument.UsageDocument? Usage, string? Note)
{
    public static Overview Empty { get; } = new([], null, null, null);
}
