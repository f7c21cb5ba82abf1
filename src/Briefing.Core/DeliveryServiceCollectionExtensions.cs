using Briefing.Delivery.Email;
using Briefing.Delivery.Sending;
using Briefing.Delivery.Webhook;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing;

/// <summary>Registers delivery of digests by email and webhook; called from <see cref="BriefingServiceCollectionExtensions.AddBriefingCore"/>.</summary>
internal static class DeliveryServiceCollectionExtensions
{
    public static IServiceCollection AddBriefingDelivery(this IServiceCollection services)
    {
        services.AddOptions<DeliveryOptions>().BindConfiguration(DeliveryOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        // Timeouts belong to the resilience pipeline (per attempt and in total), as for the model's client.
        services.AddHttpClient(WebhookResilience.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan).AddWebhookResilience();
        services.AddSingleton<DigestEmail>();
        services.AddSingleton<IDeliveryChannel, EmailChannel>();
        services.AddSingleton<IDeliveryChannel, WebhookChannel>();
        services.AddSingleton<DeliveryStateStore>();
        services.AddSingleton<DigestContentReader>();
        services.AddSingleton<DigestDelivery>();
        return services;
    }
}
