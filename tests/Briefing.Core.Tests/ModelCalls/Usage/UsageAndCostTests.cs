using Briefing.Briefings;
using Briefing.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;

namespace Briefing.ModelCalls.Usage;

public sealed class UsageAndCostTests
{
    [Fact]
    public async Task Generate_ProviderOmitsUsage_EstimatesWithTheTokenizerAndSaysSo()
    {
        await using var harness = await ModelServerHarness.StartAsync([ServerReply.Content(FakeReplies.Sample, withUsage: false)]);
        var tokens = harness.Services.GetRequiredService<TokenCounter>();

        var draft = await harness.GenerateAsync();

        var usage = Assert.IsType<ModelUsage>(draft.Usage);
        Assert.True(usage.Estimated);
        Assert.Equal(tokens.Count("test-model", FakeReplies.Sample), usage.CompletionTokens);
        Assert.InRange(usage.PromptTokens, 200, 2000);
        Assert.Equal(((usage.PromptTokens * 1.00m) + (usage.CompletionTokens * 4.00m)) / 1_000_000m, usage.CostUsd);
    }

    [Fact]
    public async Task Generate_ModelWithoutPrice_HasUnknownCost()
    {
        await using var harness = await ModelServerHarness.StartAsync(
            [ServerReply.Content(FakeReplies.Sample)],
            new Dictionary<string, string?> { ["Briefing:Usage:Prices:0:Model"] = "another-model" });

        var draft = await harness.GenerateAsync();

        Assert.Null(draft.Usage?.CostUsd);
        Assert.Equal(ServerReply.PromptTokens, draft.Usage?.PromptTokens);
    }

    [Fact]
    public async Task Generate_SeveralArticles_MetricsSumTokensAndCost()
    {
        await using var harness = await ModelServerHarness.StartAsync([ServerReply.Content("{"), ServerReply.Content(FakeReplies.Sample)]);
        var metrics = harness.Services.GetRequiredService<BriefingMetrics>();
        using var tokens = new MetricCollector<long>(metrics.Tokens);
        using var cost = new MetricCollector<double>(metrics.Cost);
        using var outcomes = new MetricCollector<long>(metrics.Outcomes);

        await harness.GenerateAsync();
        await harness.GenerateAsync(ModelServerHarness.Article with { Paragraphs = ["A second article."] });

        var measurements = tokens.GetMeasurementSnapshot();
        Assert.Equal(3 * ServerReply.PromptTokens, measurements.Where(m => Equals(m.Tags["gen_ai.token.type"], "input")).Sum(m => m.Value));
        Assert.Equal(3 * ServerReply.CompletionTokens, measurements.Where(m => Equals(m.Tags["gen_ai.token.type"], "output")).Sum(m => m.Value));
        Assert.Equal(3 * 0.001468, cost.GetMeasurementSnapshot().Sum(m => m.Value), 9);
        Assert.Equal(["repaired", "model"], outcomes.GetMeasurementSnapshot().Select(m => (string?)m.Tags["briefing.outcome"]));
    }

    [Fact]
    public void ModelUsage_Add_SumsAndLosesCostWhenOneIsUnknown()
    {
        var a = new ModelUsage(100, 20, false, 0.5m, 1);
        var b = new ModelUsage(50, 10, true, 0.25m, 1);

        Assert.Equal(new ModelUsage(150, 30, true, 0.75m, 2), a.Add(b));
        Assert.Null(a.Add(b with { CostUsd = null }).CostUsd);
    }

    [Fact]
    public void Describe_ReportedAndEstimatedAndCached_SaySo()
    {
        Assert.Equal(
            "Usage: 1,624 prompt + 328 completion tokens, 2 calls; cost $0.002936.",
            UsageSummary.Describe(new ModelUsage(1624, 328, false, 0.002936m, 2)));
        Assert.Contains("estimated with a local tokenizer", UsageSummary.Describe(new ModelUsage(10, 5, true, null, 1)), StringComparison.Ordinal);
        Assert.Contains("no price in Briefing:Usage:Prices", UsageSummary.Describe(new ModelUsage(10, 5, true, null, 1)), StringComparison.Ordinal);
        Assert.Equal("Usage: from the cache; no model call, no cost.", UsageSummary.Describe(ModelUsage.FromCache));
    }

    [Fact]
    public void Cost_FromPriceTable_PerMillionTokens()
    {
        using var services = TestPipeline.Create(settings: new Dictionary<string, string?>
        {
            ["Briefing:Usage:Prices:0:Model"] = "gpt-4o-mini",
            ["Briefing:Usage:Prices:0:InputPerMillion"] = "0.15",
            ["Briefing:Usage:Prices:0:OutputPerMillion"] = "0.60",
        });

        var cost = services.GetRequiredService<PriceTable>().Cost("GPT-4o-mini", 1_000_000, 500_000);

        Assert.Equal(0.45m, cost);
    }
}
