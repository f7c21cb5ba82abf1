using Briefing.Articles;
using Briefing.Briefings;
using Briefing.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace Briefing.Providers.Local;

/// <summary>The whole pipeline on the local provider with a real (tiny) GGUF model: the output is nonsense, the path is real.</summary>
public sealed class LocalProviderPipelineTests
{
    // Short on purpose: the story model tokenizes almost per character, and prompt evaluation grows with the square of its length.
    private const string ShortArticle = """
        Harbour Town Opens New Library

        The town of Harbour opened a new public library on Saturday. The building has two floors, a reading garden
        and a room for children. The mayor said the library cost four million euros and will open every day.
        """;


    private static Dictionary<string, string?> LocalSettings(string model) => new()
    {
        ["Briefing:Model:Provider"] = "local",
        ["Briefing:Model:ModelId"] = model,
        // The story model never stops a string by itself; tight bounds keep the reply short and the test fast.
        ["Briefing:Model:Local:MaxJsonStringLength"] = "40",
        ["Briefing:Model:Local:MaxJsonArrayItems"] = "3",
    };

    [LocalModelFact]
    public async Task BriefAsync_LocalProvider_WritesABriefingFromGrammarConstrainedJson()
    {
        using var services = TestPipeline.Create(settings: LocalSettings(TestModels.Stories260K));
        using var article = new TempFile(System.Text.Encoding.UTF8.GetBytes(ShortArticle), ".txt");

        var result = await TestPipeline.Pipeline(services).BriefAsync(
            new ArticleInput(article.Path, ArticleFormat.Auto), new BriefingSettings(Length: BriefingLength.Short), CancellationToken.None);

        Assert.Equal(EngineKinds.Model, result.Engine.Kind);
        Assert.Equal(TestModels.Stories260K, result.Engine.Model);
        Assert.InRange(result.Content.Briefing.Length, 1, 40);
        Assert.InRange(result.Content.KeyPoints.Count, 1, 3);
        Assert.True(services.GetRequiredService<LocalModelRuntime>().IsLoaded);
    }

    [LocalModelFact]
    public async Task BriefAsync_TwoArticles_LoadTheModelOnceAndShareIt()
    {
        using var services = TestPipeline.Create(settings: LocalSettings(TestModels.Stories260K));
        var pipeline = TestPipeline.Pipeline(services);
        var article = services.GetRequiredService<ArticleIngestor>().Parse(new RawArticle("short.txt", System.Text.Encoding.UTF8.GetBytes(ShortArticle), null, ".txt"));

        var first = await pipeline.BriefAsync(article, new BriefingSettings(Length: BriefingLength.Short), CancellationToken.None);
        var second = await pipeline.BriefAsync(article, new BriefingSettings(Length: BriefingLength.Short), CancellationToken.None);

        Assert.Equal(first.Content.Briefing, second.Content.Briefing);
        Assert.Equal(first.Content.KeyPoints, second.Content.KeyPoints);
        Assert.Equal(1, services.GetRequiredService<LocalModelRuntime>().LoadCount);
        var chat = services.GetRequiredService<Kernel>().GetRequiredService<IChatCompletionService>();
        Assert.IsType<LocalChatCompletionService>(chat);
    }

    [Fact]
    public async Task BriefAsync_MissingModelFile_FailsWithTheSettingToFix()
    {
        using var services = TestPipeline.Create(settings: LocalSettings(Path.Combine(Path.GetTempPath(), $"absent-{Guid.NewGuid():N}.gguf")));
        var article = await TestPipeline.IngestSampleAsync(services);

        var error = await Assert.ThrowsAsync<SettingException>(() =>
            TestPipeline.Pipeline(services).BriefAsync(article, new BriefingSettings(), CancellationToken.None));

        Assert.Contains("Briefing:Model:ModelId", error.Message, StringComparison.Ordinal);
    }
}
