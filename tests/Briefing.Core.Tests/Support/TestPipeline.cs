using Briefing.Articles;
using Briefing.Engines.Model;
using Briefing.Fakes;
using Briefing.Pipeline;
using Briefing.Prompts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace Briefing.Support;

/// <summary>The real service graph from AddBriefingCore, with a fake chat service and a fixed clock.</summary>
internal static class TestPipeline
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 8, 30, 0, TimeSpan.Zero);

    public static ServiceProvider Create(
        IChatCompletionService? chat = null, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Briefing:Prompts:Directory"] = RepositoryPaths.Prompts,
            ["Briefing:Model:Provider"] = chat is null ? "extractive" : "openai-compatible",
            ["Briefing:Model:ModelId"] = "test-model",
            ["Briefing:Model:Endpoint"] = "http://127.0.0.1:9/v1",
            // Tests never touch the per-user cache file; cache tests point it at a temporary file.
            ["Briefing:Cache:Enabled"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        services.AddLogging();
        services.AddBriefingCore();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
        configure?.Invoke(services);
        if (chat is not null)
        {
            services.AddSingleton(_ =>
            {
                var builder = Kernel.CreateBuilder();
                builder.Services.AddSingleton(chat);
                return builder.Build();
            });
        }

        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    /// <summary>The sample article, labelled with its repository-relative path so snapshots do not depend on the machine.</summary>
    public static async Task<Article> IngestSampleAsync(IServiceProvider services)
    {
        var bytes = await File.ReadAllBytesAsync(RepositoryPaths.Sample);
        return services.GetRequiredService<ArticleIngestor>().Parse(new RawArticle("samples/lavrov-talks.txt", bytes, null, ".txt"));
    }

    public static RecordingChatCompletionService FakeModel(string reply) => new(reply);

    public static string PromptVersion(IServiceProvider services) => services.GetRequiredService<PromptLibrary>().SummarizeVersion;

    public static ModelBriefingEngine ModelEngine(IServiceProvider services) => services.GetRequiredService<ModelBriefingEngine>();

    public static BriefingPipeline Pipeline(IServiceProvider services) => services.GetRequiredService<BriefingPipeline>();
}
