using Briefing.Briefings;
using Briefing.Engines.Model;
using Briefing.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.ModelCalls.Resilience;

/// <summary>How the reply body travels: a cut mid-body is retried like a cut before the headers, and the body's size is bounded.</summary>
public sealed class ReplyTransportTests
{
    [Fact]
    public async Task Generate_ConnectionCutAfterHeaders_IsRetriedAndSucceeds()
    {
        await using var server = HalfReplyServer.Start(ServerReply.Completion(FakeReplies.Sample), cuts: 1);
        using var services = Pipeline(server.Endpoint);

        var draft = await Engine(services).GenerateAsync(ModelServerHarness.Article, new BriefingSettings(), CancellationToken.None);

        Assert.Equal(2, server.RequestCount);
        Assert.Equal(EngineKinds.Model, draft.Engine.Kind);
        Assert.Equal(5, draft.Content.KeyPoints.Count);
    }

    [Fact]
    public async Task Generate_ConnectionCutAfterHeadersEveryTime_FailsAsTransientInPlainWords()
    {
        await using var server = HalfReplyServer.Start(ServerReply.Completion(FakeReplies.Sample), cuts: int.MaxValue);
        using var services = Pipeline(server.Endpoint);

        var error = await Assert.ThrowsAsync<ModelException>(() =>
            Engine(services).GenerateAsync(ModelServerHarness.Article, new BriefingSettings(), CancellationToken.None));

        Assert.Equal(3, server.RequestCount);
        Assert.Equal("The model provider could not be reached: the connection closed before the reply was complete; retry later.", error.Message);
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task Generate_ReplyLargerThanTheBound_FailsAtOnceSayingSo()
    {
        var huge = new string('x', 3 << 20);
        await using var harness = await ModelServerHarness.StartAsync([ServerReply.Content(huge)]);

        var error = await harness.FailAsync();

        Assert.Equal(1, harness.Server.RequestCount);
        Assert.StartsWith("The model's reply was larger than 1 MB (Briefing:Model:MaxReplyBytes)", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("tokens", error.Message, StringComparison.Ordinal);
        Assert.False(error.IsTransient);
    }

    [Fact]
    public async Task Generate_LongUnusableReplyUnderTheBound_RepairRepeatsOnlyItsStartAndFailsOnTheReplyNotTheBudget()
    {
        var runaway = string.Concat(Enumerable.Repeat("The officials met and talked. ", 30_000));
        await using var harness = await ModelServerHarness.StartAsync([ServerReply.Content(runaway)]);

        var error = await harness.FailAsync();

        Assert.Equal(2, harness.Server.RequestCount);
        var echoed = harness.Server.Received.Last().GetProperty("messages").EnumerateArray().ToList()[2].GetProperty("content").GetString() ?? string.Empty;
        Assert.InRange(echoed.Length, 1, 8_100);
        Assert.EndsWith("more characters not repeated]", echoed, StringComparison.Ordinal);
        Assert.StartsWith("The reply is plain text, not the JSON object that was asked for.", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("never truncated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_ReplyWithinARaisedBound_IsRead()
    {
        var long_ = FakeReplies.Sample.Replace("\"language\": \"en\"", "\"language\": \"en\", \"padding\": \"" + new string('x', 2 << 20) + "\"", StringComparison.Ordinal);
        await using var harness = await ModelServerHarness.StartAsync(
            [ServerReply.Content(long_)], new Dictionary<string, string?> { ["Briefing:Model:MaxReplyBytes"] = (8 << 20).ToString(System.Globalization.CultureInfo.InvariantCulture) });

        var draft = await harness.GenerateAsync();

        Assert.Equal(5, draft.Content.KeyPoints.Count);
    }

    private static ServiceProvider Pipeline(Uri endpoint) => TestPipeline.Create(settings: new Dictionary<string, string?>
    {
        ["Briefing:Model:Provider"] = "openai-compatible",
        ["Briefing:Model:Endpoint"] = endpoint.ToString(),
        ["Briefing:Resilience:MaxRetries"] = "2",
        ["Briefing:Resilience:BaseDelay"] = "00:00:00.010",
        ["Briefing:Resilience:MaxDelay"] = "00:00:00.050",
    }, configure: s => s.AddSingleton(TimeProvider.System));

    private static ModelBriefingEngine Engine(ServiceProvider services) => services.GetRequiredService<ModelBriefingEngine>();
}
