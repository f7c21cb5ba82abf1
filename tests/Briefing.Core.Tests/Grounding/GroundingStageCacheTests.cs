using Briefing.Briefings;
using Briefing.Fakes;
using Briefing.Support;

namespace Briefing.Grounding;

public sealed class GroundingStageCacheTests : IDisposable
{
    // The sample article asks for an OSCE meeting "in the next 48 hours"; this reply says 72 and adds a name.
    private static readonly string Invented = FakeReplies.Sample
        .Replace("within 48 hours", "within 72 hours", StringComparison.Ordinal)
        .Replace("Lavrov told Putin", "Lavrov told Putin and Emmanuel Macron", StringComparison.Ordinal);

    private readonly TemporaryFolder _folder = new();

    [Fact]
    public async Task BriefAsync_RetryActionRerunFromTheCache_MakesNoModelCallAndReturnsTheRevisedBriefing()
    {
        var calls = 0;
        var model = new RecordingChatCompletionService(_ => ++calls == 1 ? Invented : FakeReplies.Sample);
        using var services = CreateWithCache(model);

        var first = await BriefSampleAsync(services);
        var rerun = await BriefSampleAsync(services);

        Assert.Equal(2, model.Received.Count);
        Assert.StartsWith("retried once", first.Grounding!.Action, StringComparison.Ordinal);
        Assert.Equal(first.Content.Briefing, rerun.Content.Briefing);
        Assert.Equal(first.Content.KeyPoints, rerun.Content.KeyPoints);
        Assert.Contains("within 48 hours", rerun.Content.KeyPoints[4], StringComparison.Ordinal);
        Assert.Equal(GroundingVerdict.Grounded, rerun.Grounding!.Verdict);
        Assert.Equal(0, Assert.IsType<ModelUsage>(rerun.Usage).ModelCalls);
    }

    [Theory]
    [InlineData("worse")]
    [InlineData("unusable")]
    public async Task BriefAsync_RetryActionRerunAfterTheFirstReplyWasKept_MakesNoModelCallAndSaysWhy(string second)
    {
        var calls = 0;
        var followUp = second == "worse"
            ? Invented.Replace("Germany's chancellor", "Chancellor Olaf Scholz", StringComparison.Ordinal)
            : "I cannot help with that.";
        var model = new RecordingChatCompletionService(_ => ++calls == 1 ? Invented : followUp);
        using var services = CreateWithCache(model);

        var first = await BriefSampleAsync(services);
        var rerun = await BriefSampleAsync(services);

        Assert.Equal(2, model.Received.Count);
        Assert.Equal(first.Content.Briefing, rerun.Content.Briefing);
        Assert.Equal(first.Content.KeyPoints, rerun.Content.KeyPoints);
        Assert.Equal(GroundingVerdict.Unsupported, rerun.Grounding!.Verdict);
        Assert.Equal("not retried again: this is the cached result of an earlier retry", rerun.Grounding.Action);
        Assert.Equal(0, Assert.IsType<ModelUsage>(rerun.Usage).ModelCalls);
    }

    [Fact]
    public async Task BriefAsync_RetryActionWhoseFollowUpCallFailed_AsksAgainOnTheRerun()
    {
        // A failed call is the world's failure (network, provider), not an answer: a later run may do better.
        var calls = 0;
        var model = new RecordingChatCompletionService(_ => ++calls switch
        {
            1 => Invented,
            2 => throw new Microsoft.SemanticKernel.HttpOperationException("The server closed the connection."),
            _ => FakeReplies.Sample,
        });
        using var services = CreateWithCache(model);

        await BriefSampleAsync(services);
        var rerun = await BriefSampleAsync(services);

        Assert.Equal(3, model.Received.Count);
        Assert.StartsWith("retried once", rerun.Grounding!.Action, StringComparison.Ordinal);
        Assert.Contains("within 48 hours", rerun.Content.KeyPoints[4], StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    private Microsoft.Extensions.DependencyInjection.ServiceProvider CreateWithCache(RecordingChatCompletionService model) =>
        TestPipeline.Create(model, new Dictionary<string, string?>
        {
            ["Briefing:Grounding:Action"] = "Retry",
            ["Briefing:Cache:Enabled"] = "true",
            ["Briefing:Cache:Path"] = _folder.Combine("cache.db"),
        });

    private static async Task<BriefingResult> BriefSampleAsync(IServiceProvider services)
    {
        var article = await TestPipeline.IngestSampleAsync(services);
        return await TestPipeline.Pipeline(services).BriefAsync(article, new BriefingSettings(), CancellationToken.None);
    }
}
