using System.Globalization;
using System.Text.Json;
using Briefing.Briefings;

namespace Briefing.ModelCalls.Replies;

/// <summary>Checks a reply against the briefing JSON schema and the length limits before it is accepted.</summary>
/// <remarks>
/// Problems are described in our own words and never quote the reply, because the description is sent back to the
/// model in a repair request and the reply may echo article text.
/// </remarks>
internal sealed class BriefingReplyValidator(BriefingReplyParser parser)
{
    /// <summary>How far past the requested length a reply may run before it counts as ignoring the instructions.</summary>
    public const int LengthTolerance = 2;

    public ReplyCheck Check(ModelReply reply, LengthPreset preset)
    {
        var finish = Normalize(reply.FinishReason);
        if (finish == "contentfilter")
        {
            return ReplyCheck.Invalid("The provider's content filter withheld the reply (finish_reason content_filter).", repairable: false);
        }

        if (!string.IsNullOrWhiteSpace(reply.Refusal))
        {
            return ReplyCheck.Invalid("The model refused to write the briefing.", repairable: false);
        }

        if (finish == "length")
        {
            return ReplyCheck.Invalid($"The reply was cut off at the {preset.MaxTokens}-token limit before the JSON object was complete; keep the briefing and key points shorter.");
        }

        if (string.IsNullOrWhiteSpace(reply.Text))
        {
            return ReplyCheck.Invalid("The reply was empty.");
        }

        var json = JsonObjectText(reply.Text);
        if (json is null && ReplyWording.IsRefusal(reply.Text))
        {
            // Asking again rarely changes a refusal, and a refusal is never a briefing, whatever shape it has.
            return ReplyCheck.Invalid("The model declined to write this briefing (its reply was a refusal, not a briefing); try another model.", repairable: false);
        }

        if (json is null && Bullets(reply.Text, preset) is { } fromBullets)
        {
            // Providers without JSON mode sometimes answer with a paragraph and a bullet list; that is still a briefing.
            return fromBullets;
        }

        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(json ?? reply.Text);
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            return ReplyCheck.Invalid(ReplyWording.JsonProblem(json ?? reply.Text, e));
        }

        var problems = SchemaProblems(root, preset);
        return problems.Count == 0
            ? ReplyCheck.Valid(BriefingReplyParser.FromJson(root))
            : ReplyCheck.Invalid("The reply does not match the briefing schema: " + string.Join("; ", problems) + ".");
    }

    private static List<string> SchemaProblems(JsonElement root, LengthPreset preset)
    {
        var problems = new List<string>();
        if (root.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"the reply is a JSON {root.ValueKind.ToString().ToLowerInvariant()}, not an object");
            return problems;
        }

        var briefing = root.TryGetProperty("briefing", out var b) && b.ValueKind == JsonValueKind.String ? b.GetString() : null;
        if (string.IsNullOrWhiteSpace(briefing))
        {
            problems.Add("\"briefing\" must be a non-empty string");
        }
        else if (Words(briefing) > preset.BriefingWords * LengthTolerance)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"\"briefing\" has {Words(briefing)} words, more than the limit of {preset.BriefingWords * LengthTolerance}"));
        }

        if (!root.TryGetProperty("key_points", out var points) || points.ValueKind != JsonValueKind.Array)
        {
            problems.Add("\"key_points\" must be an array of strings");
        }
        else
        {
            var count = points.GetArrayLength();
            if (count == 0 || points.EnumerateArray().Any(p => p.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(p.GetString())))
            {
                problems.Add("\"key_points\" must be a non-empty array of non-empty strings");
            }
            else if (count > preset.KeyPoints * LengthTolerance)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"\"key_points\" has {count} items, more than the limit of {preset.KeyPoints * LengthTolerance}"));
            }
        }

        // The language is informative only: a reply without it is still a usable briefing.
        if (root.TryGetProperty("language", out var language) && language.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
        {
            problems.Add("\"language\" must be a string (an ISO 639-1 code)");
        }

        return problems;
    }

    // A bullet list whose paragraph was only a preamble ("Sure! Here is the briefing:") has no briefing: ask for one.
    private ReplyCheck? Bullets(string text, LengthPreset preset)
    {
        if (!parser.HasBullets(text))
        {
            return null;
        }

        try
        {
            var content = parser.Parse(text);
            var withinLimits = Words(content.Briefing) <= preset.BriefingWords * LengthTolerance && content.KeyPoints.Count <= preset.KeyPoints * LengthTolerance;
            return withinLimits ? ReplyCheck.Valid(content) : null;
        }
        catch (ModelException)
        {
            return ReplyCheck.Invalid("The reply is a bullet list without the briefing paragraph (a lead-in such as \"Here is the briefing:\" is not one).");
        }
    }

    // Code fences and a sentence around the object are tolerated; the object itself must be valid.
    private static string? JsonObjectText(string reply)
    {
        var start = reply.IndexOf('{', StringComparison.Ordinal);
        var end = reply.LastIndexOf('}');
        return start >= 0 && end > start ? reply[start..(end + 1)] : null;
    }

    private static int Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static string Normalize(string? finishReason) =>
        (finishReason ?? string.Empty).Replace("_", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
}
