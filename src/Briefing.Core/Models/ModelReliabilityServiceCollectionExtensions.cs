using Briefing.Caching;
using Briefing.Models.Budget;
using Briefing.Models.Fallback;
using Briefing.Models.LongArticles;
using Briefing.Models.Replies;
using Briefing.Models.Resilience;
using Briefing.Models.Usage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Briefing.Models;

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
