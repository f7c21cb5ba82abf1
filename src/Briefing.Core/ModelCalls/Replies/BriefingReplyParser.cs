using System.Text.Json;
using System.Text.RegularExpressions;
using Briefing.Briefings;

namespace Briefing.ModelCalls.Replies;

/// <summary>Reads a model's reply into <see cref="BriefingContent"/>, tolerating code fences, prose around the JSON and plain bullet lists.</summary>
/// <remarks>Structured output makes the JSON path the normal one; the fallbacks exist for providers that ignore it.</remarks>
internal sealed partial class BriefingReplyParser
{
    public BriefingContent Parse(string reply)
    {
        if (string.IsNullOrWhiteSpace(reply))
        {
            throw new ModelException("The model returned an empty reply.");
        }

        var content = TryParseJson(reply) ?? TryParseBullets(reply)
            ?? throw new ModelException($"The model's reply is neither a briefing JSON object nor a bullet list: \"{Abbreviate(reply)}\".");
        if (string.IsNullOrWhiteSpace(content.Briefing))
        {
            throw new ModelException("The model's reply has no briefing text.");
        }

        if (content.KeyPoints.Count == 0)
        {
            throw new ModelException("The model's reply has no key points.");
        }

        return content;
    }

    /// <summary>Whether the reply has at least one bullet or numbered line (and so may be a briefing written as a list).</summary>
    public bool HasBullets(string reply) => reply.Split('\n').Any(l => Bullet().IsMatch(l.Trim()));

    private static BriefingContent? TryParseJson(string reply)
    {
        foreach (var candidate in JsonCandidates(reply))
        {
            try
            {
                using var document = JsonDocument.Parse(candidate, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                if (document.RootElement.ValueKind == JsonValueKind.Object)
                {
                    return FromJson(document.RootElement);
                }
            }
            catch (JsonException)
            {
                // Not this candidate; a later brace may start the real object.
            }
        }

        return null;
    }

    /// <summary>Reads an already parsed briefing object, so a reply the validator has parsed is not parsed a second time.</summary>
    public static BriefingContent FromJson(JsonElement root)
    {
        var briefing = StringProperty(root, "briefing", "summary", "brief") ?? string.Empty;
        var points = new List<string>();
        if (ArrayProperty(root, "key_points", "keyPoints", "key points", "points", "bullets") is { } array)
        {
            foreach (var item in array.EnumerateArray())
            {
                var text = item.ValueKind == JsonValueKind.String ? item.GetString() : StringProperty(item, "text", "point");
                if (!string.IsNullOrWhiteSpace(text))
                {
                    points.Add(text.Trim());
                }
            }
        }

        return new BriefingContent(briefing.Trim(), points, StringProperty(root, "language"));
    }

    private static string? StringProperty(JsonElement element, params string[] names)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in element.EnumerateObject())
        {
            if (names.Contains(property.Name, StringComparer.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.String)
            {
                return property.Value.GetString();
            }
        }

        return null;
    }

    private static JsonElement? ArrayProperty(JsonElement element, params string[] names)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (names.Contains(property.Name, StringComparer.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.Array)
            {
                return property.Value;
            }
        }

        return null;
    }

    // Every balanced {...} span in the reply, outermost first, so fences and surrounding prose do not matter.
    private static IEnumerable<string> JsonCandidates(string reply)
    {
        for (var start = reply.IndexOf('{'); start >= 0; start = reply.IndexOf('{', start + 1))
        {
            var end = MatchingBrace(reply, start);
            if (end > start)
            {
                yield return reply[start..(end + 1)];
            }
        }
    }

    private static int MatchingBrace(string text, int start)
    {
        var depth = 0;
        var inString = false;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    inString = true;
                    break;
                case '{':
                    depth++;
                    break;
                case '}' when --depth == 0:
                    return i;
            }
        }

        return -1;
    }

    private static BriefingContent? TryParseBullets(string reply)
    {
        var lines = reply.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("```", StringComparison.Ordinal)).ToList();
        var points = lines.Select(l => Bullet().Match(l)).Where(m => m.Success).Select(m => m.Groups["text"].Value.Trim()).ToList();
        if (points.Count == 0)
        {
            return null;
        }

        var prose = lines.Where(l => !Bullet().IsMatch(l) && !Heading().IsMatch(l) && !Chatter().IsMatch(l));
        return new BriefingContent(string.Join(' ', prose), points);
    }

    private static string Abbreviate(string text)
    {
        var flat = text.ReplaceLineEndings(" ").Trim();
        return flat.Length <= 80 ? flat : flat[..77] + "...";
    }

    // A lead-in ("Sure! Here is the briefing:") or a sign-off ("Let me know if ...") is talk around the briefing, not part of it.
    [GeneratedRegex(@"^(?:.{0,160}:|(?:sure|certainly|of course|absolutely|okay)\b[!,.].*|here(?:'s|’s| is| are)\b.{0,80}\b(?:briefing|summary|key points)\b.*|(?:let me know|i hope this helps|hope this helps|feel free)\b.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Chatter();

    [GeneratedRegex(@"^(?:[-*\u2022]|\d{1,2}[.)])\s+(?<text>.+)$")]
    private static partial Regex Bullet();

    // "Key points:", "## Briefing" and similar labels are structure, not content.
    [GeneratedRegex(@"^(?:#{1,6}\s*\S.*|[\p{L} ]{1,30}:)$")]
    private static partial Regex Heading();
}
