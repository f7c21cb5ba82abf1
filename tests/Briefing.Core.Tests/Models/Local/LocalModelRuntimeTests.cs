using Briefing.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Briefing.Models.Local;

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

    internal static LocalModelRuntime Runtime(string model, LocalModelOptions? local = null) => new(
        Options.Create(new ModelOptions { Provider = "local", ModelId = model }),
        Options.Create(local ?? new LocalModelOptions()),
        new LocalModelStore(Options.Create(local ?? new LocalModelOptions())),
        new FakeTimeProvider(),
        NullLoggerFactory.Instance);
}
