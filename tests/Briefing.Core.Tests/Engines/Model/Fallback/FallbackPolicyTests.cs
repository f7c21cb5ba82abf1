using Briefing.Briefings;
using Briefing.Rendering;
using Briefing.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Engines.Model.Fallback;

public sealed class FallbackPolicyTests
{
    private static readonly Dictionary<string, string?> Extractive = new() { ["Briefing:Fallback:Policy"] = "extractive" };

    [Fact]
    public async Task Generate_ExtractivePolicyAndProviderDown_WritesLabelledExtractiveBriefing()
    {
        await using var harness = await ModelServerHarness.StartAsync([ServerReply.Status(503)], Extractive);

        var draft = await harness.GenerateAsync();

        Assert.Equal(3, harness.Server.RequestCount);
        Assert.Equal(EngineKinds.Extractive, draft.Engine.Kind);
        Assert.StartsWith("Fallback: the model (test-model) could not write this briefing", draft.Engine.Note, StringComparison.Ordinal);
        Assert.Contains("HTTP 503", draft.Engine.Note, StringComparison.Ordinal);
        Assert.NotEmpty(draft.Content.KeyPoints);
    }

    [Fact]
    public async Task Generate_ExtractivePolicyAfterFailedRepair_KeepsTheTokensSpent()
    {
        await using var harness = await ModelServerHarness.StartAsync([ServerReply.Content("not json at all {")], Extractive);

        var draft = await harness.GenerateAsync();

        Assert.Equal(2, harness.Server.RequestCount);
        Assert.Equal(EngineKinds.Extractive, draft.Engine.Kind);
        Assert.Equal(2, draft.Usage?.ModelCalls);
        Assert.Equal(2 * ServerReply.PromptTokens, draft.Usage?.PromptTokens);
    }

    [Theory]
    [InlineData(OutputFormat.Markdown)]
    [InlineData(OutputFormat.Json)]
    [InlineData(OutputFormat.Text)]
    public async Task Render_FallbackBriefing_ShowsTheReasonInEveryFormat(OutputFormat format)
    {
        await using var harness = await ModelServerHarness.StartAsync([ServerReply.ContentFilter()], Extractive);
        var draft = await harness.GenerateAsync();
        var result = BriefingResult.From(ModelServerHarness.Article, draft, TestPipeline.Now);

        var rendered = harness.Services.GetRequiredService<BriefingRenderers>().For(format).Render(result);

        Assert.Contains("Fallback: the model (test-model) could not write this briefing", rendered, StringComparison.Ordinal);
        Assert.Contains("content filter", rendered, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_FailPolicy_ThrowsModelExceptionWithReason()
    {
        await using var harness = await ModelServerHarness.StartAsync([ServerReply.ContentFilter()], new Dictionary<string, string?> { ["Briefing:Fallback:Policy"] = "fail" });

        var error = await harness.FailAsync();

        Assert.Contains("content filter", error.Message, StringComparison.Ordinal);
    }
}
