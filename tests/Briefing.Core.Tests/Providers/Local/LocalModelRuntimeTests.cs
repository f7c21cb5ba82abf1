using System.Text.Json;
using Briefing.Briefings;
using Briefing.ModelCalls;
using Briefing.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Briefing.Providers.Local;

public sealed class LocalModelRuntimeTests
{
    private static readonly LocalChatMessage[] Story =
    [
        new("system", "You write short stories."),
        new("user", "Once upon a time there was a little dog."),
    ];

    [LocalModelFact]
    public async Task GenerateAsync_TokenCap_StopsAtTheCap()
    {
        using var runtime = Runtime(TestModels.Stories260K);

        var result = await runtime.GenerateAsync(Story, new LocalGenerationRequest(12, null), CancellationToken.None);

        Assert.True(result.Truncated);
        Assert.Equal(12, result.CompletionTokens);
        Assert.True(result.PromptTokens > 10);
        Assert.False(string.IsNullOrWhiteSpace(result.Text));
    }

    [LocalModelFact]
    public async Task GenerateAsync_BriefingGrammar_ReturnsJsonThatParses()
    {
        var local = new LocalModelOptions { MaxJsonStringLength = 24, MaxJsonArrayItems = 3 };
        using var runtime = Runtime(TestModels.Stories260K, local);
        var grammar = JsonSchemaGrammar.FromSchema(BriefingJsonSchema.Schema, new JsonGrammarLimits(1, 24, 1, 3));

        var result = await runtime.GenerateAsync(Story, new LocalGenerationRequest(400, grammar), CancellationToken.None);

        Assert.False(result.Truncated);
        using var json = JsonDocument.Parse(result.Text);
        Assert.Equal(["briefing", "key_points", "language"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.InRange(json.RootElement.GetProperty("key_points").GetArrayLength(), 1, 3);
        Assert.InRange(json.RootElement.GetProperty("briefing").GetString()!.Length, 1, 24);
    }

    [LocalModelFact]
    public async Task GenerateAsync_SameRequestTwice_IsDeterministicAtTemperatureZero()
    {
        using var runtime = Runtime(TestModels.Stories260K);
        var request = new LocalGenerationRequest(20, null);

        // Started together: the runtime must serialize them on the one loaded model.
        var results = await Task.WhenAll(
            runtime.GenerateAsync(Story, request, CancellationToken.None),
            runtime.GenerateAsync(Story, request, CancellationToken.None));

        Assert.Equal(results[0].Text, results[1].Text);
    }

    [LocalModelFact]
    public async Task Unload_AfterGeneration_FreesTheModelAndTheNextCallReloads()
    {
        using var runtime = Runtime(TestModels.Stories260K);
        await runtime.LoadAsync(CancellationToken.None);
        Assert.True(runtime.IsLoaded);

        runtime.Unload();
        Assert.False(runtime.IsLoaded);

        var result = await runtime.GenerateAsync(Story, new LocalGenerationRequest(4, null), CancellationToken.None);
        Assert.True(runtime.IsLoaded);
        Assert.Equal(2, runtime.LoadCount);
        Assert.Equal(4, result.CompletionTokens);
    }

    [LocalModelFact]
    public async Task GenerateAsync_PromptLargerThanTheContext_SaysWhichSettingToRaise()
    {
        using var runtime = Runtime(TestModels.Stories260K, new LocalModelOptions { ContextSize = 256 });
        LocalChatMessage[] longStory = [new("user", string.Concat(Enumerable.Repeat("The cat sat on the mat. ", 100)))];

        var error = await Assert.ThrowsAsync<ModelException>(() => runtime.GenerateAsync(longStory, new LocalGenerationRequest(16, null), CancellationToken.None));

        Assert.Contains("Briefing:Model:Local:ContextSize", error.Message, StringComparison.Ordinal);
    }

    [LocalModelFact]
    public async Task GenerateAsync_RequestTimeoutPasses_StopsWithTheSettingToRaise()
    {
        var time = new FakeTimeProvider();
        using var runtime = Runtime(TestModels.Stories260K, time: time);
        await runtime.LoadAsync(CancellationToken.None);

        // A thousand tokens take seconds; the fake clock passes the two-minute timeout right after the start.
        var generation = runtime.GenerateAsync(Story, new LocalGenerationRequest(1000, null), CancellationToken.None);
        time.Advance(TimeSpan.FromMinutes(3));

        var error = await Assert.ThrowsAsync<ModelException>(() => generation);
        Assert.Contains("Briefing:Model:RequestTimeout", error.Message, StringComparison.Ordinal);
        Assert.True(error.IsTransient);
    }

    [LocalModelFact]
    public async Task GenerateAsync_Cancelled_ThrowsAndLeavesTheModelUsable()
    {
        using var runtime = Runtime(TestModels.Stories260K);
        await runtime.LoadAsync(CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => runtime.GenerateAsync(Story, new LocalGenerationRequest(8, null), cancel.Token));

        var result = await runtime.GenerateAsync(Story, new LocalGenerationRequest(8, null), CancellationToken.None);
        Assert.Equal(8, result.CompletionTokens);
    }

    [Fact]
    public async Task LoadAsync_MissingFile_SaysHowToGetTheModel()
    {
        using var runtime = Runtime(Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.gguf"));

        var error = await Assert.ThrowsAsync<SettingException>(() => runtime.LoadAsync(CancellationToken.None));

        Assert.Contains("briefing model list", error.Message, StringComparison.Ordinal);
        Assert.Contains("Briefing:Model:ModelId", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_RecommendedModelNotPulled_SaysWhichPullToRun()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"briefing-empty-{Guid.NewGuid():N}");
        using var runtime = Runtime("qwen2.5-1.5b-instruct", new LocalModelOptions { CacheDirectory = folder });

        var error = await Assert.ThrowsAsync<SettingException>(() => runtime.LoadAsync(CancellationToken.None));

        Assert.Contains("run 'briefing model pull qwen2.5-1.5b-instruct'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_FileThatIsNotGguf_IsRefusedBeforeLoading()
    {
        using var file = new TempFile("<html>Not Found</html>"u8.ToArray());
        using var runtime = Runtime(file.Path);

        var error = await Assert.ThrowsAsync<ModelException>(() => runtime.LoadAsync(CancellationToken.None));

        Assert.Contains("not a GGUF model file", error.Message, StringComparison.Ordinal);
        Assert.False(runtime.IsLoaded);
    }

    [LocalModelFact]
    public async Task LoadAsync_TruncatedGguf_ReportsADamagedFile()
    {
        var bytes = await File.ReadAllBytesAsync(TestModels.Stories260K);
        using var file = new TempFile(bytes[..(bytes.Length / 2)]);
        using var runtime = Runtime(file.Path);

        var error = await Assert.ThrowsAsync<ModelException>(() => runtime.LoadAsync(CancellationToken.None));

        Assert.Contains("could not be loaded", error.Message, StringComparison.Ordinal);
        Assert.False(runtime.IsLoaded);
    }

    internal static LocalModelRuntime Runtime(string model, LocalModelOptions? local = null, FakeTimeProvider? time = null)
    {
        var modelOptions = Options.Create(new ModelOptions { Provider = "local", ModelId = model });
        var localOptions = Options.Create(local ?? new LocalModelOptions());
        var store = new LocalModelStore(localOptions);
        return new(modelOptions, localOptions, store, new LocalContextWindow(modelOptions, localOptions, store), time ?? new FakeTimeProvider(), NullLoggerFactory.Instance);
    }
}
