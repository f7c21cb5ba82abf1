using Briefing.Briefings;

namespace Briefing.ModelCalls.Replies;

/// <summary>The verdict on one reply: the usable content, or what is wrong with it and whether asking again can help.</summary>
internal sealed record ReplyCheck(BriefingContent? Content, string? Problem, bool Repairable)
{
    public static ReplyCheck Valid(BriefingContent content) => new(content, null, false);

    public static ReplyCheck Invalid(string problem, bool repairable = true) => new(null, problem, repairable);
}
