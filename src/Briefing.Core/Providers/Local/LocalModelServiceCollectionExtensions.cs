using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Providers.Local;

/// <summary>Registers the local provider's services; none of them loads the native runtime until a generation asks for it.</summary>
internal static class LocalModelServiceCollectionExtensions
{
    public static IServiceCollection AddBriefingLocalModel(this IServiceCollection services)
    {
        services.AddOptions<LocalModelOptions>().BindConfiguration(LocalModelOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<LocalModelStore>();
        services.AddSingleton<LocalContextWindow>();
        services.AddSingleton<LocalModelRuntime>();

        // Model files are hundreds of megabytes: no overall timeout, only cancellation.
        services.AddHttpClient<ModelDownloader>(http => http.Timeout = Timeout.InfiniteTimeSpan);
        return services;
    }
}
