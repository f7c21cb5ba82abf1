using Briefing.Articles;
using Briefing.Briefings;
using Briefing.Caching;
using Briefing.Delivery;
using Briefing.Engines.Extractive;
using Briefing.Engines.Model;
using Briefing.Evaluation;
using Briefing.Grounding;
using Briefing.ModelCalls;
using Briefing.ModelCalls.Replies;
using Briefing.ModelCalls.Resilience;
using Briefing.Pipeline;
using Briefing.Prompts;
using Briefing.Providers;
using Briefing.Providers.Local;
using Briefing.Rendering;
using Briefing.Sources;
using Briefing.State;
using Briefing.Stories;
using Briefing.Text;
using Briefing.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing;

/// <summary>The one registration entry point for the pipeline.</summary>
internal static class BriefingServiceCollectionExtensions
{
    public static IServiceCollection AddBriefingCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<IngestOptions>().BindConfiguration(IngestOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PromptOptions>().BindConfiguration(PromptOptions.SectionName);
        services.AddOptions<ModelOptions>().BindConfiguration(ModelOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IPostConfigureOptions<ModelOptions>, ApiKeyFallback>();

        // Redirects are followed by HttpRedirects, which checks each target's scheme.
        services.AddHttpClient<ArticleReader>().ConfigurePrimaryHttpMessageHandler(HttpRedirects.Handler);
        // Timeouts belong to the resilience pipeline (per attempt and in total); HttpClient's own would cut across retries.
        services.AddHttpClient(ModelKernelFactory.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan).AddModelResilience();
        services.AddModelReliability();
        services.AddModelEngine();

        services.AddSingleton<ArticleDecoder>();
        services.AddSingleton<ArticleFormatDetector>();
        services.AddSingleton<PlainTextArticleParser>();
        services.AddSingleton<MarkdownArticleParser>();
        services.AddSingleton<HtmlArticleParser>();
        services.AddSingleton<ArticleIngestor>();

        services.AddSingleton<SentenceSplitter>();
        services.AddSingleton<WordTokenizer>();
        services.AddSingleton<LanguageDetector>();
        services.AddSingleton<SentenceOpening>();
        services.AddSingleton<ReadabilityChecker>();
        services.AddSingleton<SentenceRanker>();
        services.AddSingleton<BoilerplateFilter>();
        services.AddSingleton<KeyPointCompressor>();
        services.AddSingleton<CandidateBuilder>();
        services.AddSingleton<AntecedentFinder>();
        services.AddSingleton<ExtractiveSummarizer>();
        services.AddSingleton<ExtractiveBriefingEngine>();

        services.AddSingleton<PromptLibrary>();
        services.AddSingleton<BriefingReplyParser>();
        services.AddSingleton<ModelKernelFactory>();
        services.AddSingleton(sp => sp.GetRequiredService<ModelKernelFactory>().Create());
        services.AddSingleton<ModelBriefingEngine>();
        services.AddBriefingLocalModel();
        services.AddSingleton<IBriefingEngine>(sp =>
            sp.GetRequiredService<IOptions<ModelOptions>>().Value.Kind == ModelProvider.Extractive
                ? sp.GetRequiredService<ExtractiveBriefingEngine>()
                : sp.GetRequiredService<ModelBriefingEngine>());
        services.AddOptions<GroundingOptions>().BindConfiguration(GroundingOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PorterStemmer>();
        services.AddSingleton<GroundingChecker>();
        services.AddSingleton<GroundingReviser>();
        // The extractive provider has no model to revise with, so it gets no reviser and never builds a kernel.
        services.AddSingleton(sp => new GroundingStage(
            sp.GetRequiredService<GroundingChecker>(),
            sp.GetRequiredService<IOptions<ModelOptions>>().Value.Kind == ModelProvider.Extractive ? null : sp.GetRequiredService<GroundingReviser>(),
            sp.GetRequiredService<ExtractiveBriefingEngine>(),
            sp.GetRequiredService<BriefingCache>(),
            sp.GetRequiredService<IOptions<GroundingOptions>>(),
            sp.GetRequiredService<ILogger<GroundingStage>>()));
        services.AddSingleton<BriefingPipeline>();

        services.AddSingleton<IBriefingRenderer, MarkdownBriefingRenderer>();
        services.AddSingleton<IBriefingRenderer, JsonBriefingRenderer>();
        services.AddSingleton<IBriefingRenderer, TextBriefingRenderer>();
        services.AddSingleton<BriefingRenderers>();
        services.AddSingleton<AtomicFileWriter>();

        services.AddSingleton(sp => new RougeTokenizer(sp.GetRequiredService<PorterStemmer>()));
        services.AddSingleton<RougeScorer>();
        services.AddSingleton<LeadBaseline>();
        services.AddSingleton<EvalDataset>();
        services.AddSingleton<StoryGrouper>();
        services.AddSingleton<TfIdfBaseline>();
        services.AddSingleton<StoryEvalDataset>();
        services.AddSingleton<StoryEvalRunner>();
        services.AddSingleton<StoryBriefingEvalRunner>();
        services.AddSingleton<EvalRunner>();
        services.AddSingleton<EvalReportWriter>();
        return services.AddBriefingWorker().AddBriefingDelivery();
    }

    // The worker's parts are plain services; only the app decides whether a hosted service runs them.
    private static IServiceCollection AddBriefingWorker(this IServiceCollection services)
    {
        services.AddOptions<WorkerOptions>().BindConfiguration(WorkerOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient<FeedReader>().ConfigurePrimaryHttpMessageHandler(HttpRedirects.Handler);
        services.AddSingleton<EngineIdentity>();
        services.AddSingleton<WorkerSchedule>();
        services.AddSingleton<StateDatabase>();
        services.AddSingleton<BriefingStateStore>();
        services.AddSingleton<StateLock>();
        services.AddSingleton<BriefingFileNamer>();
        services.AddSingleton<OutputLayout>();
        services.AddSingleton<BriefingFileWriter>();
        services.AddSingleton<BriefingSidecar>();
        services.AddSingleton<FeedFailureWriter>();
        services.AddSingleton<DigestMarkdownRenderer>();
        services.AddSingleton<DigestHtmlRenderer>();
        services.AddSingleton<DigestTextRenderer>();
        services.AddSingleton<DigestArchive>();
        services.AddSingleton<DigestWriter>();
        services.AddSingleton<StoryStateStore>();
        services.AddSingleton<StoryRanker>();
        services.AddSingleton<StoryBriefer>();
        services.AddSingleton<StoryDesk>();
        services.AddSingleton<OverviewWriter>();
        services.AddSingleton<RunDigest>();

        // Sources keep per-pass state (feed validators to save), so each pass gets fresh ones in its own scope.
        services.AddScoped<IArticleSource, InboxSource>();
        services.AddScoped<IArticleSource, FeedSource>();
        services.AddScoped<BriefingRunCoordinator>();
        return services;
    }
}
