using Briefing.Briefings;
using Briefing.Engines.Extractive;
using Briefing.Fakes;
using Briefing.ModelCalls.Usage;
using Briefing.Rendering;
using Briefing.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.SemanticKernel;

namespace Briefing.Grounding;

public sealed class GroundingStageTests
{
    // The sample article asks for an OSCE meeting "in the next 48 hours"; this reply says 72 and adds a name.
    private static readonly string Invented = FakeReplies.Sample
        .Replace("within 48 hours", "within 72 hours", StringComparison.Ordinal)
        .Replace("Lavrov told Putin", "Lavrov told Putin and Emmanuel Macron", StringComparison.Ordinal);

    [Fact]
    public async Task BriefAsync_UnsupportedItemsWithDefaultWarn_KeepsTheBriefingAndShowsTheItems()
    {
        using var services = TestPipeline.Create(TestPipeline.FakeModel(Invented));
        var result = await BriefSampleAsync(services);

        var report = Assert.IsType<GroundingReport>(result.Grounding);
        Assert.Equal(GroundingVerdict.Unsupported, report.Verdict);
        Assert.Equal("warned", report.Action);
        Assert.Contains(new UnsupportedItem(UnsupportedKind.Number, "72 hours", "key point 5"), report.Unsupported);
        Assert.Contains(new UnsupportedItem(UnsupportedKind.Name, "Emmanuel Macron", "key point 1"), report.Unsupported);

        var renderers = services.GetRequiredService<BriefingRenderers>();
        var markdown = renderers.For(OutputFormat.Markdown).Render(result);
        Assert.Contains("> **Check:** not found in the article: name \"Emmanuel Macron\" (key point 1); number \"72 hours\" (key point 5).", markdown, StringComparison.Ordinal);
        Assert.Contains("Check: not found in the article:", renderers.For(OutputFormat.Text).Render(result), StringComparison.Ordinal);
        Assert.Contains("\"text\": \"Emmanuel Macron\"", renderers.For(OutputFormat.Json).Render(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BriefAsync_RetryAction_AsksOnceMoreNamingTheProblemsAndKeepsTheCorrectedReply()
    {
        var calls = 0;
        var model = new RecordingChatCompletionService(_ => ++calls == 1 ? Invented : FakeReplies.Sample);
        using var services = TestPipeline.Create(model, new Dictionary<string, string?> { ["Briefing:Grounding:Action"] = "Retry" });

        var result = await BriefSampleAsync(services);

        Assert.Equal(2, model.Received.Count);
        var followUp = model.Received.Last().History;
        Assert.Contains(followUp, m => m.Role.Label == "assistant" && m.Content!.Contains("72 hours", StringComparison.Ordinal));
        var request = followUp.Last().Content!;
        Assert.Contains("number \"72 hours\" (key point 5)", request, StringComparison.Ordinal);
        Assert.Contains("name \"Emmanuel Macron\" (key point 1)", request, StringComparison.Ordinal);
        Assert.Equal(GroundingVerdict.Grounded, result.Grounding!.Verdict);
        Assert.StartsWith("retried once", result.Grounding.Action, StringComparison.Ordinal);
        Assert.Contains("within 48 hours", result.Content.KeyPoints[4], StringComparison.Ordinal);
        // The Revise prompt as the model receives it, so every edit to it is a reviewed diff.
        Snapshot.Match(RecordingChatCompletionService.Transcript(followUp));
    }

    [Fact]
    public async Task BriefAsync_RetryActionWhoseFollowUpFails_KeepsTheFirstReplyAndSaysWhy()
    {
        var calls = 0;
        var model = new RecordingChatCompletionService(_ => ++calls == 1 ? Invented : throw new HttpOperationException("The server closed the connection."));
        using var services = TestPipeline.Create(model, new Dictionary<string, string?> { ["Briefing:Grounding:Action"] = "Retry" });

        var result = await BriefSampleAsync(services);

        Assert.Equal(2, model.Received.Count);
        Assert.Equal(GroundingVerdict.Unsupported, result.Grounding!.Verdict);
        Assert.StartsWith("retry failed, so the first reply is kept: ", result.Grounding.Action, StringComparison.Ordinal);
        Assert.Contains("within 72 hours", result.Content.KeyPoints[4], StringComparison.Ordinal);
    }

    [Fact]
    public async Task BriefAsync_RetryActionWithWorseSecondReply_KeepsTheFirst()
    {
        var calls = 0;
        var worse = Invented.Replace("Germany's chancellor", "Chancellor Olaf Scholz", StringComparison.Ordinal);
        var model = new RecordingChatCompletionService(_ => ++calls == 1 ? Invented : worse);
        using var services = TestPipeline.Create(model, new Dictionary<string, string?> { ["Briefing:Grounding:Action"] = "Retry" });

        var result = await BriefSampleAsync(services);

        Assert.Contains("Emmanuel Macron", result.Content.KeyPoints[0], StringComparison.Ordinal);
        Assert.Contains("the first is kept", result.Grounding!.Action, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("corrected")]
    [InlineData("worse")]
    [InlineData("unusable")]
    public async Task BriefAsync_RetryAction_CountsTheFollowUpCallInTheUsageWhicheverReplyIsKept(string second)
    {
        var calls = 0;
        var followUp = second switch
        {
            "corrected" => FakeReplies.Sample,
            "worse" => Invented.Replace("Germany's chancellor", "Chancellor Olaf Scholz", StringComparison.Ordinal),
            _ => "I cannot help with that.",
        };
        var model = new RecordingChatCompletionService(_ => ++calls == 1 ? Invented : followUp);
        using var services = TestPipeline.Create(model, new Dictionary<string, string?> { ["Briefing:Grounding:Action"] = "Retry" });

        var result = await BriefSampleAsync(services);

        Assert.Equal(2, model.Received.Count);
        var usage = Assert.IsType<ModelUsage>(result.Usage);
        Assert.Equal(2, usage.ModelCalls);
        Assert.True(usage.PromptTokens > 2 * 900, $"{usage.PromptTokens} prompt tokens cannot cover two prompts with the whole sample article");
    }

    [Fact]
    public async Task BriefAsync_RetryAction_FollowUpTokensReachTheMeter()
    {
        var calls = 0;
        var model = new RecordingChatCompletionService(_ => ++calls == 1 ? Invented : FakeReplies.Sample);
        using var services = TestPipeline.Create(model, new Dictionary<string, string?> { ["Briefing:Grounding:Action"] = "Retry" });
        using var tokens = new MetricCollector<long>(services.GetRequiredService<BriefingMetrics>().Tokens);

        var result = await BriefSampleAsync(services);

        var input = tokens.GetMeasurementSnapshot().Where(m => Equals(m.Tags["gen_ai.token.type"], "input")).Sum(m => m.Value);
        Assert.Equal(result.Usage!.PromptTokens, input);
    }

    [Fact]
    public async Task BriefAsync_RetryActionWhoseFollowUpIsUnusable_KeepsTheFirstReplyAndSaysWhy()
    {
        var calls = 0;
        var model = new RecordingChatCompletionService(_ => ++calls == 1 ? Invented : "I cannot help with that.");
        using var services = TestPipeline.Create(model, new Dictionary<string, string?> { ["Briefing:Grounding:Action"] = "Retry" });

        var result = await BriefSampleAsync(services);

        Assert.StartsWith("retry failed, so the first reply is kept: The model declined to write this briefing", result.Grounding!.Action, StringComparison.Ordinal);
        Assert.Contains("within 72 hours", result.Content.KeyPoints[4], StringComparison.Ordinal);
    }

    [Fact]
    public async Task BriefAsync_FallbackAction_ReplacesTheModelBriefingWithTheExtractiveOne()
    {
        using var services = TestPipeline.Create(TestPipeline.FakeModel(Invented), new Dictionary<string, string?> { ["Briefing:Grounding:Action"] = "Fallback" });

        var result = await BriefSampleAsync(services);

        Assert.Equal(EngineKinds.Extractive, result.Engine.Kind);
        Assert.Contains("2 unsupported items not found in the article", result.Engine.Note, StringComparison.Ordinal);
        Assert.Equal(GroundingVerdict.Grounded, result.Grounding!.Verdict);
        Assert.Equal(2, result.Grounding.Rejected.Count);
        // The rejected model reply was a paid call.
        Assert.Equal(1, Assert.IsType<ModelUsage>(result.Usage).ModelCalls);
    }

    [Fact]
    public async Task BriefAsync_ExtractiveEngine_IsCheckedAndGrounded()
    {
        using var services = TestPipeline.Create(settings: new Dictionary<string, string?> { ["Briefing:Grounding:Action"] = "Retry" });

        var result = await BriefSampleAsync(services);

        Assert.Equal(ExtractiveBriefingEngine.Name, result.Engine.Model);
        Assert.Equal(GroundingVerdict.Grounded, result.Grounding!.Verdict);
        Assert.Null(result.Grounding.Action);
    }

    [Fact]
    public async Task BriefAsync_ExtractiveProviderWithRetry_NeverBuildsAKernel()
    {
        var kernelsBuilt = 0;
        using var services = TestPipeline.Create(
            settings: new Dictionary<string, string?> { ["Briefing:Grounding:Action"] = "Retry" },
            configure: s => s.AddSingleton(_ => { kernelsBuilt++; return new Kernel(); }));

        var result = await BriefSampleAsync(services);

        Assert.Equal(EngineKinds.Extractive, result.Engine.Kind);
        Assert.Equal(0, kernelsBuilt);
    }

    [Fact]
    public void Options_UnknownAction_FailsValidationOnStart()
    {
        using var services = TestPipeline.Create(settings: new Dictionary<string, string?> { ["Briefing:Grounding:Action"] = "Ignore" });

        Assert.ThrowsAny<InvalidOperationException>(() => services.GetRequiredService<Microsoft.Extensions.Options.IOptions<GroundingOptions>>().Value);
    }

    private static async Task<BriefingResult> BriefSampleAsync(IServiceProvider services)
    {
        var article = await TestPipeline.IngestSampleAsync(services);
        return await TestPipeline.Pipeline(services).BriefAsync(article, new BriefingSettings(), CancellationToken.None);
    }
}
