using Briefing.Briefings;

namespace Briefing.ModelCalls.Replies;

/// <summary>How the model stage ended for one article: validated content, or the reason it failed; with the usage either way.</summary>
internal sealed record ModelOutcome(BriefingContent? Content, string? Failure, ModelUsage Usage, bool Repaired = false, Exception? Error = null)
{
    public static ModelOutcome Success(BriefingContent content, ModelUsage usage, bool repaired) => new(content, null, usage, repaired);

    public static ModelOutcome Failed(string reason, ModelUsage usage, Exception? error = null) => new(null, reason, usage, Error: error);
}
