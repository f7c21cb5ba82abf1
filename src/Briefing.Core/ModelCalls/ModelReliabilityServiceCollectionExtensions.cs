using Briefing.Caching;
using Briefing.Engines.Model.Fallback;
using Briefing.Engines.Model.LongArticles;
using Briefing.ModelCalls.Budget;
using Briefing.ModelCalls.Replies;
using Briefing.ModelCalls.Resilience;
using Briefing.ModelCalls.Usage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Briefing.ModelCalls;

/// <summary>Registers what makes the model stage dependable and measurable: options, validation and repair, fallback, cache, usage and cost.</summary>
/// <remarks>Called by AddBriefingCore; kept apart so the core registration stays readable.</remarks>
internal static class ModelReliabilityServiceCollectionExtensions
{
    public static IServiceCollection AddModelReliability(this IServiceCollection services)
    {
        services.AddOptions<ResilienceOptions>().BindConfiguration(ResilienceOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<ResilienceOptions>, ResilienceOptionsValidator>();
        services.AddOptions<FallbackOptions>().BindConfiguration(FallbackOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<CacheOptions>().BindConfiguration(CacheOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<LongArticleOptions>().BindConfiguration(LongArticleOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
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
        services.AddSingleton<TextChunker>();
        services.AddSingleton<NotesPrompts>();
        services.AddSingleton<LongArticleCondenser>();
        services.AddSingleton<ModelFallback>();
        services.AddSingleton<BriefingCache>();
        return services;
    }
}
