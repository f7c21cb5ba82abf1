using Briefing.Articles;
using Briefing.Briefings;
using Briefing.Delivery;
using Briefing.Extractive;
using Briefing.Models;
using Briefing.Models.Resilience;
using Briefing.Prompts;
using Briefing.Rendering;
using Briefing.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Briefing;

/// <summary>The one registration entry point for the pipeline.</summary>
public static class BriefingServiceCollectionExtensions
{
    public static IServiceCollection AddBriefingCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<IngestOptions>().BindConfiguration(IngestOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PromptOptions>().BindConfiguration(PromptOptions.SectionName);
        services.AddOptions<ModelOptions>().BindConfiguration(ModelOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IPostConfigureOptions<ModelOptions>, ApiKeyFallback>();

        services.AddHttpClient<ArticleReader>();
        // Timeouts belong to the resilience pipeline (per attempt and in total); HttpClient's own would cut across retries.
        services.AddHttpClient(ModelKernelFactory.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan).AddModelResilience();
        services.AddModelReliability();

        services.AddSingleton<ArticleDecoder>();
        services.AddSingleton<ArticleFormatDetector>();
        services.AddSingleton<PlainTextArticleParser>();
        services.AddSingleton<MarkdownArticleParser>();
        services.AddSingleton<HtmlArticleParser>();
        services.AddSingleton<ArticleIngestor>();

        services.AddSingleton<SentenceSplitter>();
        services.AddSingleton<WordTokenizer>();
        services.AddSingleton<SentenceRanker>();
        services.AddSingleton<ExtractiveSummarizer>();
        services.AddSingleton<ExtractiveBriefingEngine>();

        services.AddSingleton<PromptLibrary>();
        services.AddSingleton<BriefingReplyParser>();
        services.AddSingleton<ModelKernelFactory>();
        services.AddSingleton(sp => sp.GetRequiredService<ModelKernelFactory>().Create());
        services.AddSingleton<ModelBriefingEngine>();
        services.AddSingleton<IBriefingEngine>(sp =>
            sp.GetRequiredService<IOptions<ModelOptions>>().Value.Kind == ModelProvider.Extractive
                ? sp.GetRequiredService<ExtractiveBriefingEngine>()
                : sp.GetRequiredService<ModelBriefingEngine>());
        services.AddSingleton<BriefingPipeline>();

        services.AddSingleton<IBriefingRenderer, MarkdownBriefingRenderer>();
        services.AddSingleton<IBriefingRenderer, JsonBriefingRenderer>();
        services.AddSingleton<IBriefingRenderer, TextBriefingRenderer>();
        services.AddSingleton<BriefingRenderers>();
        services.AddSingleton<AtomicFileWriter>();
        return services;
    }
}
