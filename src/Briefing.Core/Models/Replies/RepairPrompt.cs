using System.Net;

namespace Briefing.Models.Replies;

/// <summary>The follow-up exchange for a repair: the model's rejected reply, then a user message naming what was wrong.</summary>
/// <remarks>Both are XML-encoded so that neither can close its message and open one with another role.</remarks>
public static class RepairPrompt
{
    public static string Appendix(string rejectedReply, string problem) =>
        $"""

        <message role="assistant">{WebUtility.HtmlEncode(rejectedReply)}</message>
        <message role="user">{WebUtility.HtmlEncode(Instruction(problem))}</message>
        """;

    public static string Instruction(string problem) =>
        $"Your previous reply could not be used. {problem} Reply again with exactly one JSON object with the fields \"briefing\", \"key_points\" and \"language\", " +
        "following the instructions above, and nothing else.";
}
