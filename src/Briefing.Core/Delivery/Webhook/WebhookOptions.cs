using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace Briefing.Delivery.Webhook;

/// <summary>Webhook URLs each digest is posted to (team chat or any receiver); none while <see cref="Urls"/> is empty.</summary>
/// <remarks>Slack and Teams URLs carry their secret in the path: they are never logged, only their host.</remarks>
internal sealed class WebhookOptions : IValidatableObject
{
    public const string SectionName = "Briefing:Delivery:Webhook";

    public List<string> Urls { get; set; } = [];

    public WebhookFormat Format { get; set; } = WebhookFormat.Json;

    /// <summary>Time allowed for one POST; failed or timed-out posts are retried by the resilience pipeline (Briefing:Resilience).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        for (var i = 0; i < Urls.Count; i++)
        {
            if (!Uri.TryCreate(Urls[i], UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
            {
                yield return new(string.Create(CultureInfo.InvariantCulture, $"{SectionName}:Urls:{i} must be an absolute http(s) URL."), [nameof(Urls)]);
            }
        }
    }
}
