using System.Text.Json;
using System.Text.Json.Nodes;
using Briefing.Delivery.Sending;

namespace Briefing.Delivery.Webhook;

/// <summary>The body posted for a digest, in the shape the receiver expects; the text is cut to fit chat limits.</summary>
internal static class WebhookPayload
{
    // Slack shows about 4,000 characters of a message and Teams refuses cards over about 28 KB.
    private const int ChatTextLimit = 3_500;
    private const int JsonTextLimit = 20_000;
    private const int MaxLinks = 20;

    public static string Create(WebhookFormat format, DigestContent digest, string deliveryId) => format switch
    {
        WebhookFormat.Slack => Slack(digest),
        WebhookFormat.Teams => Teams(digest),
        _ => Compact(digest, deliveryId),
    };

    private static string Compact(DigestContent digest, string deliveryId) => new JsonObject
    {
        ["id"] = deliveryId,
        ["digest"] = digest.Name,
        ["title"] = digest.Subject,
        ["articles"] = digest.Articles,
        ["failures"] = digest.Failures,
        ["text"] = Cut(digest.Text, JsonTextLimit, digest.Name),
        ["links"] = new JsonArray(digest.Links.Take(MaxLinks).Select(l => (JsonNode?)JsonValue.Create(l.AbsoluteUri)).ToArray()),
    }.ToJsonString(JsonOptions);

    private static string Slack(DigestContent digest)
    {
        // Slack's mrkdwn treats &, < and > as markup; article text must not make links or mentions.
        static string Escape(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
        var links = string.Concat(digest.Links.Take(MaxLinks).Select(l => $"\n• <{l.AbsoluteUri}>"));
        var text = $"*{Escape(digest.Subject)}*\n{Escape(Cut(digest.Text, ChatTextLimit, digest.Name))}{links}";
        return new JsonObject { ["text"] = text }.ToJsonString(JsonOptions);
    }

    private static string Teams(DigestContent digest)
    {
        var body = new JsonArray(
            new JsonObject { ["type"] = "TextBlock", ["text"] = digest.Subject, ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true },
            new JsonObject { ["type"] = "TextBlock", ["text"] = Cut(digest.Text, ChatTextLimit, digest.Name), ["wrap"] = true });
        if (digest.Links.Count > 0)
        {
            body.Add(new JsonObject { ["type"] = "TextBlock", ["wrap"] = true, ["text"] = string.Join("\n", digest.Links.Take(MaxLinks).Select(l => $"- [{l.Host}{l.AbsolutePath}]({l.AbsoluteUri})")) });
        }

        var card = new JsonObject
        {
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["type"] = "AdaptiveCard",
            ["version"] = "1.4",
            ["body"] = body,
        };
        return new JsonObject
        {
            ["type"] = "message",
            ["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "application/vnd.microsoft.card.adaptive", ["content"] = card }),
        }.ToJsonString(JsonOptions);
    }

    private static string Cut(string text, int limit, string name) =>
        text.Length <= limit ? text.TrimEnd() : text[..text.LastIndexOf(' ', limit)].TrimEnd() + $" … (the whole digest is {name})";

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = false };
}
