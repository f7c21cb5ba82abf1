using System.Text.Json;
using System.Text.RegularExpressions;

namespace Briefing.ModelCalls.Replies;

/// <summary>Recognises the kinds of unusable reply that deserve their own words: a refusal, and JSON that does not parse.</summary>
/// <remarks>The JSON parser's own message ("'I' is an invalid start of a value. LineNumber: 0 | BytePositionInLine: 0") is for programmers.</remarks>
internal static partial class ReplyWording
{
    /// <summary>Whether the reply opens by declining the task ("I can't help with that", "I'm sorry, but ...").</summary>
    public static bool IsRefusal(string reply)
    {
        var first = reply.TrimStart().Split('\n', 2)[0];
        return Refusal().IsMatch(first);
    }

    /// <summary>What is wrong with reply text that failed to parse as JSON, in words the model (and a person) can act on.</summary>
    public static string JsonProblem(string text, JsonException error)
    {
        var trimmed = text.TrimStart();
        if (trimmed.Length == 0 || trimmed[0] is not ('{' or '['))
        {
            return "The reply is plain text, not the JSON object that was asked for.";
        }

        var line = (error.LineNumber ?? 0) + 1;
        var column = (error.BytePositionInLine ?? 0) + 1;
        return $"The reply's JSON is malformed at line {line}, character {column}: it is cut off, or has an unescaped quote or a missing comma.";
    }

    [GeneratedRegex(@"^\W*(?:I['’]?m sorry|I am sorry|I apologi[sz]e|sorry,|I can(?:not|['’]?t| not)\b|I won['’]?t\b|I will not\b|I['’]?m (?:not able|unable)\b|I am (?:not able|unable)\b|As an AI\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Refusal();
}
