using Briefing.ModelCalls.Budget;
using Briefing.ModelCalls.Replies;
using Briefing.ModelCalls.Resilience;
using Briefing.ModelCalls.Usage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Briefing.ModelCalls;

/// <summary>Registers how one prompt reaches a model dependably and measurably: resilience, budget, validation and repair, usage and cost.</summary>
/// <remarks>Called by AddBriefingCore; kept apart so the core registration stays readable.</remarks>
internal static class ModelReliabilityServiceCollectionExtensions
{
    public static IServiceCollection AddModelReliability(this IServiceCollection services)
    {
        services.AddOptions<ResilienceOptions>().BindConfiguration(ResilienceOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<ResilienceOptions>, ResilienceOptionsValidator>();
        services.AddOptions<UsageOptions>().BindConfiguration(UsageOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

        services.AddMetrics();
        services.AddSingleton<BriefingMetrics>();
        services.AddSingleton<TokenCounter>();
        services.AddSingleton<PriceTable>();
        services.AddSingleton<UsageReader>();
        services.AddSingleton<ContextBudget>();
        services.AddSingleton<PromptCaller>();
        services.AddSingleton<ModelInvoker>();
        services.AddSingleton<BriefingReplyValidator>();
        services.AddSingleton<ModelConversation>();
        return services;
    }
}
