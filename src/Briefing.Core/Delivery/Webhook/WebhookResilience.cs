using Briefing.ModelCalls.Resilience;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Briefing.Delivery.Webhook;

/// <summary>The webhook's HttpClient pipeline: the model's retry settings (Briefing:Resilience) with a webhook-sized attempt timeout.</summary>
/// <remarks>No circuit breaker: the URLs are unrelated receivers, and one that is down must not open a circuit for the others.</remarks>
internal static class WebhookResilience
{
    public const string HttpClientName = "briefing-webhook";

    public static IHttpClientBuilder AddWebhookResilience(this IHttpClientBuilder builder)
    {
        builder.AddResilienceHandler("briefing-webhook", (pipeline, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptions<ResilienceOptions>>().Value;
            var attemptTimeout = context.ServiceProvider.GetRequiredService<IOptions<WebhookOptions>>().Value.Timeout;
            pipeline.TimeProvider = context.ServiceProvider.GetRequiredService<TimeProvider>();
            pipeline
                .AddTimeout(new HttpTimeoutStrategyOptions { Name = "total", Timeout = options.TotalTimeout })
                .AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = Math.Max(options.MaxRetries, 1),
                    ShouldHandle = options.MaxRetries == 0 ? _ => PredicateResult.False() : new HttpRetryStrategyOptions().ShouldHandle,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = options.BaseDelay,
                    MaxDelay = options.MaxDelay,
                    ShouldRetryAfterHeader = true,
                })
                .AddTimeout(new HttpTimeoutStrategyOptions { Name = "attempt", Timeout = attemptTimeout });
        });
        return builder;
    }
}
