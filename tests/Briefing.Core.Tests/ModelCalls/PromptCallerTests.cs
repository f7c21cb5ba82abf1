using Briefing.Briefings;
using Briefing.Fakes;
using Briefing.Prompts;
using Briefing.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.ModelCalls;

public sealed class PromptCallerTests
{
    [Fact]
    public async Task CallAsync_PromptRenderedByTheBudgetCheck_SendsThatPromptWithoutRenderingAgain()
    {
        var model = TestPipeline.FakeModel(FakeReplies.Sample);
        using var services = TestPipeline.Create(model);
        var caller = services.GetRequiredService<PromptCaller>();
        var article = await TestPipeline.IngestSampleAsync(services);
        var call = new PromptCall(
            services.GetRequiredService<PromptLibrary>().Summarize, ModelInvoker.PromptVariables(article, new BriefingSettings()), 600, StructuredReply: true);

        var rendered = Assert.IsType<string>(await caller.RenderIfFitsAsync(call, CancellationToken.None));
        // A stand-in for the measured prompt: if the template were rendered again, the article would be sent instead.
        var measured = rendered.Replace("Lavrov", "MEASURED", StringComparison.Ordinal);
        await caller.CallAsync(call with { Rendered = measured }, CancellationToken.None);

        var sent = RecordingChatCompletionService.Transcript(Assert.Single(model.Received).History);
        Assert.Contains("MEASURED", sent, StringComparison.Ordinal);
        Assert.DoesNotContain("Lavrov", sent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderIfFitsAsync_PromptOverTheBudget_ReturnsNull()
    {
        using var services = TestPipeline.Create(TestPipeline.FakeModel(FakeReplies.Sample), new Dictionary<string, string?> { ["Briefing:Model:ContextTokens"] = "700" });
        var caller = services.GetRequiredService<PromptCaller>();
        var article = await TestPipeline.IngestSampleAsync(services);
        var call = new PromptCall(
            services.GetRequiredService<PromptLibrary>().Summarize, ModelInvoker.PromptVariables(article, new BriefingSettings()), 600, StructuredReply: true);

        Assert.Null(await caller.RenderIfFitsAsync(call, CancellationToken.None));
    }
}
