using System.Text.Json;
using Briefing.Briefings;
using Briefing.Fakes;
using Briefing.Support;
using Microsoft.SemanticKernel.ChatCompletion;

namespace Briefing.Grounding;

public sealed class GroundingReviserTests
{
    private static readonly string Invented = FakeReplies.Sample
        .Replace("within 48 hours", "within 72 hours", StringComparison.Ordinal)
        .Replace("Lavrov told Putin", "Lavrov told Putin and Emmanuel Macron", StringComparison.Ordinal);

    [Fact]
    public async Task BriefAsync_RevisionCutOffAtTheTokenLimit_IsRejectedAndTheFirstReplyKept()
    {
        var calls = 0;
        var model = new RecordingChatCompletionService(_ => ++calls == 1 ? Invented : FakeReplies.Sample)
        {
            // Only the follow-up carries the model's own first reply.
            FinishReason = history => history.Any(m => m.Role == AuthorRole.Assistant) ? "length" : "stop",
        };

        var result = await BriefSampleAsync(model);

        Assert.Equal(2, model.Received.Count);
        Assert.StartsWith("retry failed, so the first reply is kept: The reply was cut off at the", result.Grounding!.Action, StringComparison.Ordinal);
        Assert.Contains("within 72 hours", result.Content.KeyPoints[4], StringComparison.Ordinal);
    }

    [Fact]
    public async Task BriefAsync_RevisionWithFarTooManyKeyPoints_IsRejectedAndTheFirstReplyKept()
    {
        var calls = 0;
        var points = Enumerable.Range(1, 40).Select(i => $"Lavrov met Putin, point {i}.").ToArray();
        var tooLong = JsonSerializer.Serialize(new Dictionary<string, object> { ["briefing"] = "Lavrov met Putin.", ["key_points"] = points, ["language"] = "en" });
        var model = new RecordingChatCompletionService(_ => ++calls == 1 ? Invented : tooLong);

        var result = await BriefSampleAsync(model);

        Assert.StartsWith("retry failed, so the first reply is kept: The reply does not match the briefing schema: \"key_points\" has 40 items",
            result.Grounding!.Action, StringComparison.Ordinal);
        Assert.Contains("Emmanuel Macron", result.Content.KeyPoints[0], StringComparison.Ordinal);
    }

    private static async Task<BriefingResult> BriefSampleAsync(RecordingChatCompletionService model)
    {
        using var services = TestPipeline.Create(model, new Dictionary<string, string?> { ["Briefing:Grounding:Action"] = "Retry" });
        var article = await TestPipeline.IngestSampleAsync(services);
        return await TestPipeline.Pipeline(services).BriefAsync(article, new BriefingSettings(), CancellationToken.None);
    }
}
