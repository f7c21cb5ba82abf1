using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Briefing.Delivery.Sending;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace Briefing.Delivery.Webhook;

/// <summary>Posts digests to each configured webhook URL through the resilient HttpClient.</summary>
internal sealed class WebhookChannel(IOptions<WebhookOptions> options, IHttpClientFactory clients) : IDeliveryChannel
{
    public IReadOnlyList<DeliveryTarget> Targets() => options.Value.Urls
        .Select(url => new DeliveryTarget(Id(url), Display(url)))
        .DistinctBy(t => t.Id)
        .ToList();

    public async Task SendAsync(DeliveryTarget target, DigestContent digest, string messageId, CancellationToken cancellationToken)
    {
        var url = options.Value.Urls.First(u => Id(u) == target.Id);
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(WebhookPayload.Create(options.Value.Format, digest, messageId), Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        // The same key on every attempt and after a crash, so a receiver that honours it can drop the repeat.
        request.Headers.Add("Idempotency-Key", messageId);
        HttpResponseMessage response;
        try
        {
            response = await clients.CreateClient(WebhookResilience.HttpClientName).SendAsync(request, cancellationToken);
        }
        catch (TimeoutRejectedException e)
        {
            throw new DeliveryException($"{target.Display} did not answer in time (Briefing:Delivery:Webhook:Timeout {options.Value.Timeout}, retries included); tried again on the next run.", e);
        }
        catch (HttpRequestException e)
        {
            throw new DeliveryException($"Could not reach {target.Display}: {e.Message}", e);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                var line = string.Join(' ', body.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                line = line.Length > 200 ? line[..200] + "…" : line;
                throw new DeliveryException(string.Create(CultureInfo.InvariantCulture, $"{target.Display} answered {(int)response.StatusCode} {response.ReasonPhrase}{(line.Length > 0 ? ": " + line : string.Empty)}"));
            }
        }
    }

    // The URL itself may hold the receiver's secret; only a hash of it is stored, only its host is shown.
    private static string Id(string url) => "webhook-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url)))[..12];

    private static string Display(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? $"webhook {uri.Scheme}://{uri.Authority}/…" : "webhook (invalid URL)";
}
