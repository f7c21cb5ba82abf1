using System.Text.Json;
using Briefing.Briefings;
using Briefing.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Briefing.ModelCalls.Resilience;

/// <summary>The real OpenAI connector against a scripted server: every fault, with outcome, attempt count and fake-time bounds.</summary>
public sealed class ModelHttpFaultTests
{
    private static readonly TimeSpan Attempt = ModelServerHarness.AttemptTimeout;

    [Fact]
    public async Task Generate_FixedReply_OneRequestWithReportedUsage()
    {
        await using var harness = await ModelServerHarness.StartAsync([ServerReply.Content(FakeReplies.Sample)]);

        var draft = await harness.GenerateAsync();

        Assert.Equal(1, harness.Server.RequestCount);
        Assert.Equal(5, draft.Content.KeyPoints.Count);
        Assert.Equal(EngineKinds.Model, draft.Engine.Kind);
        Assert.Equal(new ModelUsage(ServerReply.PromptTokens, ServerReply.CompletionTokens, false, 0.001468m, 1), draft.Usage);
        Assert.Equal(TimeSpan.Zero, harness.Clock.Elapsed);
    }

    [Fact]
    public async Task Generate_RateLimitedOnce_WaitsForRetryAfterThenSucceeds()
    {
        await using var harness = await ModelServerHarness.StartAsync([ServerReply.Status(429, TimeSpan.FromSeconds(7)), ServerReply.Content(FakeReplies.Sample)]);

        var draft = await harness.GenerateAsync();

        Assert.Equal(2, harness.Server.RequestCount);
        Assert.Equal(EngineKinds.Model, draft.Engine.Kind);
        Assert.InRange(harness.Clock.Elapsed, TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(8));
    }

    [Fact]
    public async Task Generate_RateLimitedThroughout_FailsAfterAllRetriesWithActionableReason()
    {
        await using var harness = await ModelServerHarness.StartAsync([ServerReply.Status(429, TimeSpan.FromSeconds(7))]);

        var error = await harness.FailAsync();

        Assert.Equal(3, harness.Server.RequestCount);
        Assert.Contains("HTTP 429", error.Message, StringComparison.Ordinal);
        Assert.Equal("Rate limited by the provider (HTTP 429); retry after 7 s.", error.Message);
        Assert.True(error.IsTransient);
        Assert.InRange(harness.Clock.Elapsed, TimeSpan.FromSeconds(14), TimeSpan.FromSeconds(15));
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    public async Task Generate_ServerErrorThenReply_RetriesWithBackoff(int status)
    {
        await using var harness = await ModelServerHarness.StartAsync([ServerReply.Status(status), ServerReply.Status(status), ServerReply.Content(FakeReplies.Sample)]);

        var draft = await harness.GenerateAsync();

        Assert.Equal(3, harness.Server.RequestCount);
        Assert.Equal(EngineKinds.Model, draft.Engine.Kind);
        // Two jittered exponential delays from a 1 s base, each capped at MaxDelay (30 s).
        Assert.InRange(harness.Clock.Elapsed, TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task Generate_ServerErrorThroughout_FailsWithStatusInReason()
    {
        await using var harness = await ModelServerHarness.StartAsync([ServerReply.Status(503)]);

        var error = await harness.FailAsync();

        Assert.Equal(3, harness.Server.RequestCount);
        Assert.Contains("HTTP 503", error.Message, StringComparison.Ordinal);
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task Generate_ReplySlowerThanAttemptTimeout_IsAbandonedAndRetried()
    {
        await using var harness = await ModelServerHarness.StartAsync([ServerReply.Hang(), ServerReply.Content(FakeReplies.Sample)]);

        var draft = await harness.GenerateAsync();

        Assert.Equal(2, harness.Server.RequestCount);
        Assert.Equal(EngineKinds.Model, draft.Engine.Kind);
        Assert.InRange(harness.Clock.Elapsed, Attempt, Attempt + TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Generate_ProviderNeverAnswers_FailsAfterThreeAttemptTimeouts()
    {
        await using var harness = await ModelServerHarness.StartAsync([ServerReply.Hang()]);

        var error = await harness.FailAsync();

        Assert.Equal(3, harness.Server.RequestCount);
        Assert.Contains("did not answer within 60 s", error.Message, StringComparison.Ordinal);
        Assert.True(error.IsTransient);
        Assert.InRange(harness.Clock.Elapsed, 3 * Attempt, (3 * Attempt) + TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task Generate_TotalTimeout_EndsRetriesEarly()
    {
        await using var harness = await ModelServerHarness.StartAsync(
            [ServerReply.Hang()],
            new Dictionary<string, string?> { ["Briefing:Resilience:TotalTimeout"] = "00:01:30" });

        var error = await harness.FailAsync();

        Assert.Equal(2, harness.Server.RequestCount);
        Assert.Contains("did not answer within 90 s", error.Message, StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromSeconds(90), harness.Clock.Elapsed);
    }

    [Fact]
    public async Task Generate_DroppedConnection_IsRetried()
    {
        await using var harness = await ModelServerHarness.StartAsync([ServerReply.Drop(), ServerReply.Content(FakeReplies.Sample)]);

        var draft = await harness.GenerateAsync();

        Assert.Equal(2, harness.Server.RequestCount);
        Assert.Equal(EngineKinds.Model, draft.Engine.Kind);
        Assert.InRange(harness.Clock.Elapsed, TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task Generate_DroppedConnectionThroughout_FailsAsUnreachable()
    {
        await using var harness = await ModelServerHarness.StartAsync([ServerReply.Drop()]);

        var error = await harness.FailAsync();

        Assert.Equal(3, harness.Server.RequestCount);
        Assert.StartsWith("The model provider could not be reached", error.Message, StringComparison.Ordinal);
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task Generate_MalformedResponseBody_FailsWithoutRetryOrRepair()
    {
        await using var harness = await ModelServerHarness.StartAsync([ServerReply.MalformedBody()]);

        var error = await harness.FailAsync();

        Assert.Equal(1, harness.Server.RequestCount);
        Assert.StartsWith("The model provider's response could not be read as a chat completion", error.Message, StringComparison.Ordinal);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public async Task Generate_MalformedReplyJson_RepairRequestNamesTheProblemAndSucceeds()
    {
        await using var harness = await ModelServerHarness.StartAsync([ServerReply.Content("""{"briefing": "Officials met", "key_points": ["""), ServerReply.Content(FakeReplies.Sample)]);

        var draft = await harness.GenerateAsync();

        Assert.Equal(2, harness.Server.RequestCount);
        Assert.Equal(5, draft.Content.KeyPoints.Count);
        var messages = harness.Server.Received.Last().GetProperty("messages").EnumerateArray().ToList();
        Assert.Equal(["system", "user", "assistant", "user"], messages.Select(m => m.GetProperty("role").GetString()));
        Assert.Equal("""{"briefing": "Officials met", "key_points": [""", messages[2].GetProperty("content").GetString());
        Assert.Contains("The reply's JSON is malformed at line 1", messages[3].GetProperty("content").GetString(), StringComparison.Ordinal);
        Assert.Equal(new ModelUsage(2 * ServerReply.PromptTokens, 2 * ServerReply.CompletionTokens, false, 2 * 0.001468m, 2), draft.Usage);
    }

    [Fact]
    public async Task Generate_EmptyContentTwice_FailsAfterOneRepair()
    {
        await using var harness = await ModelServerHarness.StartAsync([ServerReply.Content(string.Empty)]);

        var error = await harness.FailAsync();

        Assert.Equal(2, harness.Server.RequestCount);
        Assert.Contains("The reply was empty.", error.Message, StringComparison.Ordinal);
        Assert.Contains("still wrong after one repair request", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_ContentFilterRefusal_FailsWithoutRepair()
    {
        await using var harness = await ModelServerHarness.StartAsync([ServerReply.ContentFilter()]);

        var error = await harness.FailAsync();

        Assert.Equal(1, harness.Server.RequestCount);
        Assert.Contains("content filter", error.Message, StringComparison.Ordinal);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public async Task Generate_TruncatedAtLengthLimit_RepairAsksForShorterReply()
    {
        var truncated = FakeReplies.Sample[..200];
        await using var harness = await ModelServerHarness.StartAsync([ServerReply.Content(truncated, "length"), ServerReply.Content(FakeReplies.Sample)]);

        var draft = await harness.GenerateAsync();

        Assert.Equal(2, harness.Server.RequestCount);
        Assert.Equal(EngineKinds.Model, draft.Engine.Kind);
        var repair = harness.Server.Received.Last().GetProperty("messages").EnumerateArray().Last().GetProperty("content").GetString();
        Assert.Contains("cut off at the 700-token limit", repair, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_CircuitOpen_LaterArticlesFailFastWithoutCallingTheProvider()
    {
        await using var harness = await ModelServerHarness.StartAsync(
            [ServerReply.Status(503)],
            new Dictionary<string, string?> { ["Briefing:Resilience:BreakerMinimumThroughput"] = "2", ["Briefing:Resilience:BreakerFailureRatio"] = "0.5" });

        var first = await harness.FailAsync();
        var requestsWhenOpened = harness.Server.RequestCount;
        var elapsed = harness.Clock.Elapsed;
        var second = await harness.FailAsync();

        Assert.Equal(2, requestsWhenOpened);
        Assert.Contains("circuit open", first.Message, StringComparison.Ordinal);
        Assert.Contains("circuit open", second.Message, StringComparison.Ordinal);
        Assert.True(first.IsTransient);
        Assert.True(second.IsTransient);
        Assert.Equal(requestsWhenOpened, harness.Server.RequestCount);
        Assert.Equal(elapsed, harness.Clock.Elapsed);
    }

    [Fact]
    public async Task Generate_BudgetTooSmallToSummarizeInParts_RefusedBeforeSending()
    {
        await using var harness = await ModelServerHarness.StartAsync(
            [ServerReply.Content(FakeReplies.Sample)], new Dictionary<string, string?> { ["Briefing:Model:ContextTokens"] = "800" });
        var longArticle = ModelServerHarness.Article with { Paragraphs = Enumerable.Repeat("Officials met on Monday to discuss the border and agreed to meet again.", 100).ToList() };

        var error = await harness.FailAsync(longArticle);

        Assert.Equal(0, harness.Server.RequestCount);
        Assert.Contains("leaves no room to summarize this article in parts", error.Message, StringComparison.Ordinal);
        Assert.Contains("Briefing:Model:ContextTokens", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_ArticleOverContextBudget_NotesOnEachPartAsProseThenOneStructuredBriefing()
    {
        const string Notes = "Officials met on Monday.\nThey agreed to meet again.";
        await using var harness = await ModelServerHarness.StartAsync(
            [ServerReply.Content(Notes), ServerReply.Content(Notes), ServerReply.Content(Notes), ServerReply.Content(FakeReplies.Sample)],
            new Dictionary<string, string?> { ["Briefing:Model:ContextTokens"] = "3000" });
        var sentences = Enumerable.Range(1, 300).Select(i => $"Officials met on day {i} to discuss the border and agreed to meet again.");
        var longArticle = ModelServerHarness.Article with { Paragraphs = sentences.Chunk(4).Select(c => string.Join(" ", c)).ToList() };

        var draft = await harness.GenerateAsync(longArticle);

        var requests = harness.Server.Received.ToList();
        Assert.Equal(4, requests.Count);
        Assert.All(requests.Take(3), r => Assert.False(r.TryGetProperty("response_format", out _), "notes are prose, not the briefing JSON"));
        Assert.Equal("json_schema", requests[3].GetProperty("response_format").GetProperty("type").GetString());
        var usage = Assert.IsType<ModelUsage>(draft.Usage);
        Assert.Equal(4, usage.ModelCalls);
        Assert.Equal(4 * ServerReply.PromptTokens, usage.PromptTokens);
        Assert.StartsWith("Produced in parts", draft.Engine.Note ?? string.Empty, StringComparison.Ordinal);
        Assert.StartsWith("summarize-in-parts@", draft.Engine.PromptVersion ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_RequestBody_AsksForStructuredOutputWithTheBriefingSchema()
    {
        await using var harness = await ModelServerHarness.StartAsync([ServerReply.Content(FakeReplies.Sample)]);

        await harness.GenerateAsync();

        var format = Assert.Single(harness.Server.Received).GetProperty("response_format");
        Assert.Equal("json_schema", format.GetProperty("type").GetString());
        Assert.Equal(JsonValueKind.True, format.GetProperty("json_schema").GetProperty("strict").ValueKind);
    }

    [Fact]
    public async Task Generate_RetryAfterLongerThanTheTimeLeft_FailsAtOnceSayingWhenToRetry()
    {
        await using var harness = await ModelServerHarness.StartAsync([ServerReply.Status(429, TimeSpan.FromSeconds(3600)), ServerReply.Content(FakeReplies.Sample)]);

        var error = await harness.FailAsync();

        Assert.Equal(1, harness.Server.RequestCount);
        Assert.Equal(TimeSpan.Zero, harness.Clock.Elapsed);
        Assert.Equal("Rate limited by the provider (HTTP 429); retry after 60 min.", error.Message);
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task Generate_RetryAfterWithinTheTimeLeftAfterEarlierWaits_WaitsOnlyWhileItStillFits()
    {
        // 70 s in total: the first 40-second wait fits, the second would end past the budget and fails at once.
        await using var harness = await ModelServerHarness.StartAsync(
            [ServerReply.Status(503, TimeSpan.FromSeconds(40))],
            new Dictionary<string, string?> { ["Briefing:Resilience:TotalTimeout"] = "00:01:10" });

        var error = await harness.FailAsync();

        Assert.Equal(2, harness.Server.RequestCount);
        Assert.Equal(TimeSpan.FromSeconds(40), harness.Clock.Elapsed);
        Assert.Equal("The model provider failed (HTTP 503) on every attempt; retry after 40 s.", error.Message);
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task Generate_RetryWait_IsAnnouncedWithTheReasonAndTheWait()
    {
        await using var harness = await ModelServerHarness.StartAsync(
            [ServerReply.Status(429, TimeSpan.FromSeconds(7)), ServerReply.Content(FakeReplies.Sample)], configure: s => s.AddFakeLogging());

        await harness.GenerateAsync();

        var announced = harness.Services.GetFakeLogCollector().GetSnapshot().Where(r => r.Category == ModelResilience.RetryLogCategory).Select(r => r.Message);
        Assert.Equal(["The model provider answered with HTTP 429; retrying in 7 s (retry 1 of 2)"], announced);
    }

    [Theory]
    [InlineData("""{"id":"chatcmpl-1","object":"chat.completion","created":1767225600,"model":"test-model","choices":[]}""")]
    [InlineData("""{"unexpected":true}""")]
    [InlineData("""[1,2,3]""")]
    public async Task Generate_ResponseThatIsNotACompletion_FailsInPlainWordsNamingTheEndpoint(string body)
    {
        await using var harness = await ModelServerHarness.StartAsync([ServerReply.Raw(body)]);

        var error = await harness.FailAsync();

        Assert.DoesNotContain("Exception", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Index was out of range", error.Message, StringComparison.Ordinal);
        Assert.Contains("Briefing:Model:Endpoint", error.Message, StringComparison.Ordinal);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public async Task Generate_ProviderDownWhileTakingNotesOnALongArticle_FailsAsTransient()
    {
        await using var harness = await ModelServerHarness.StartAsync(
            [ServerReply.Status(503)], new Dictionary<string, string?> { ["Briefing:Model:ContextTokens"] = "3000" });
        var sentences = Enumerable.Range(1, 300).Select(i => $"Officials met on day {i} to discuss the border and agreed to meet again.");
        var longArticle = ModelServerHarness.Article with { Paragraphs = sentences.Chunk(4).Select(c => string.Join(" ", c)).ToList() };

        var error = await harness.FailAsync(longArticle);

        Assert.Contains("HTTP 503", error.Message, StringComparison.Ordinal);
        Assert.True(error.IsTransient);
    }
}
