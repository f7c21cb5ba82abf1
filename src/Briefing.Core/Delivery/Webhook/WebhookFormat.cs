namespace Briefing.Delivery.Webhook;

/// <summary>The body posted to a webhook.</summary>
internal enum WebhookFormat
{
    /// <summary>Compact JSON: id, title, counts, the plain-text digest and its links.</summary>
    Json,

    /// <summary>A Slack incoming webhook: <c>{"text": ...}</c> in Slack's mrkdwn.</summary>
    Slack,

    /// <summary>A Microsoft Teams incoming webhook (Workflows): a message with an Adaptive Card.</summary>
    Teams,
}
