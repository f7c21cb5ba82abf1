using Briefing.Caching;
using Briefing.Engines.Model.Fallback;
using Briefing.Engines.Model.LongArticles;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Engines.Model;

/// <summary>Registers what the model engine adds around the model calls: the cache, long-article notes and the fallback policy.</summary>
/// <remarks>Called by AddBriefingCore after AddModelReliability; kept apart so the model-call folder knows no engine.</remarks>
internal static class ModelEngineServiceCollectionExtensions
{
    public static IServiceCollection AddModelEngine(this IServiceCollection services)
    {
        services.AddOptions<FallbackOptions>().BindConfiguration(FallbackOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<CacheOptions>().BindConfiguration(CacheOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<LongArticleOptions>().BindConfiguration(LongArticleOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

        services.AddSingleton<TextChunker>();
        services.AddSingleton<NotesPrompts>();
        services.AddSingleton<LongArticleCondenser>();
        services.AddSingleton<ModelFallback>();
        services.AddSingleton<BriefingCache>();
        return services;
    }
}
