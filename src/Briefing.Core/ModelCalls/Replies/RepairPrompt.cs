using System.Globalization;
using System.Net;

namespace Briefing.ModelCalls.Replies;

/// <summary>The follow-up exchange for a repair: the model's rejected reply, then a user message naming what was wrong.</summary>
/// <remarks>
/// Both are XML-encoded so that neither can close its message and open one with another role. A runaway reply is repeated
/// only in part: repeating all of it would make the repair request too long for the context and bury the real problem.
/// </remarks>
internal static class RepairPrompt
{
    /// <summary>Most characters of the rejected reply repeated to the model; far more than any briefing reply.</summary>
    public const int MaxEchoedCharacters = 8_000;

    public static string Appendix(string rejectedReply, string problem) =>
        $"""

        <message role="assistant">{WebUtility.HtmlEncode(Echo(rejectedReply))}</message>
        <message role="user">{WebUtility.HtmlEncode(Instruction(problem))}</message>
        """;

    public static string Instruction(string problem) =>
        $"Your previous reply could not be used. {problem} Reply again with exactly one JSON object with the fields \"briefing\", \"key_points\" and \"language\", " +
        "following the instructions above, and nothing else.";

    private static string Echo(string reply) => reply.Length <= MaxEchoedCharacters
        ? reply
        : string.Create(CultureInfo.InvariantCulture, $"{reply[..MaxEchoedCharacters]} [... {reply.Length - MaxEchoedCharacters:N0} more characters not repeated]");
}
