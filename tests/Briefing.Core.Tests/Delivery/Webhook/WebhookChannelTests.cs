using System.Collections.Concurrent;
using System.Text.Json;
using Briefing.Delivery.Sending;
using Briefing.ModelCalls.Resilience;
using Briefing.Support;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Delivery.Webhook;

public sealed class WebhookChannelTests
{
    private static readonly DigestContent Digest = new(
        "digest-2026-03-02-070000",
        "Briefing digest 2026-03-02 07:00",
        "<html></html>",
        "# Digest\n",
        "Harbour reopens <b>after</b> the storm & more.\n",
        Articles: 2,
        Failures: 0,
        [new Uri("https://example.org/harbour"), new Uri("https://example.org/rail")]);

    private readonly ConcurrentQueue<(string Body, string? Key, string? ContentType)> _received = new();

    [Fact]
    public async Task SendAsync_ServerFailsOnceWith500_IsRetriedAndPostsOnceMoreWithTheSameKey()
    {
        var calls = 0;
        await using var server = await LoopbackHttpServer.StartAsync(async context =>
        {
            await RecordAsync(context);
            context.Response.StatusCode = Interlocked.Increment(ref calls) == 1 ? 500 : 200;
        });
        var channel = Channel(server.Url("/hook?token=abc").ToString(), "Json");

        await channel.SendAsync(Assert.Single(channel.Targets()), Digest, "digest-2026-03-02-070000.webhook-1.ab", CancellationToken.None);

        Assert.Equal(2, _received.Count);
        Assert.All(_received, r => Assert.Equal("digest-2026-03-02-070000.webhook-1.ab", r.Key));
        var (body, _, contentType) = _received.Last();
        Assert.StartsWith("application/json", contentType, StringComparison.Ordinal);
        Assert.Equal(
            """{"id":"digest-2026-03-02-070000.webhook-1.ab","digest":"digest-2026-03-02-070000","title":"Briefing digest 2026-03-02 07:00: 2 articles","articles":2,"failures":0,"text":"Harbour reopens \u003Cb\u003Eafter\u003C/b\u003E the storm \u0026 more.","links":["https://example.org/harbour","https://example.org/rail"]}""",
            body);
    }

    [Fact]
    public async Task SendAsync_ServerAnswers400_FailsAtOnceWithTheStatusAndTheStartOfItsAnswer()
    {
        await using var server = await LoopbackHttpServer.StartAsync(async context =>
        {
            await RecordAsync(context);
            context.Response.StatusCode = 400;
            await context.Response.WriteAsync("invalid_payload\nsecond line");
        });
        var channel = Channel(server.Url("/services/T000/B000/XXXX").ToString(), "Slack");

        var failure = await Assert.ThrowsAsync<DeliveryException>(() => channel.SendAsync(Assert.Single(channel.Targets()), Digest, "id", CancellationToken.None));

        Assert.Single(_received);
        Assert.Equal($"webhook http://127.0.0.1:{server.BaseAddress.Port}/… answered 400 Bad Request: invalid_payload second line", failure.Message);
        Assert.DoesNotContain("XXXX", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_ServerNeverAnswersInTime_FailsAfterTheRetriesWithATimeoutReason()
    {
        await using var server = await LoopbackHttpServer.StartAsync(async context =>
        {
            await RecordAsync(context);
            await Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted);
        });
        var channel = Channel(server.Url("/hook").ToString(), "Json");

        var failure = await Assert.ThrowsAsync<DeliveryException>(() => channel.SendAsync(Assert.Single(channel.Targets()), Digest, "id", CancellationToken.None));

        Assert.Equal(2, _received.Count);
        Assert.StartsWith($"webhook http://127.0.0.1:{server.BaseAddress.Port}/… did not answer in time", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_SlackFormat_PostsEscapedTextWithTheLinks()
    {
        await using var server = await LoopbackHttpServer.StartAsync(RecordAsync);
        var channel = Channel(server.Url("/hook").ToString(), "Slack");

        await channel.SendAsync(Assert.Single(channel.Targets()), Digest, "id", CancellationToken.None);

        var text = JsonDocument.Parse(Assert.Single(_received).Body).RootElement.GetProperty("text").GetString();
        Assert.Equal("*Briefing digest 2026-03-02 07:00: 2 articles*\nHarbour reopens &lt;b&gt;after&lt;/b&gt; the storm &amp; more.\n• <https://example.org/harbour>\n• <https://example.org/rail>", text);
    }

    [Fact]
    public async Task SendAsync_TeamsFormat_PostsAnAdaptiveCard()
    {
        await using var server = await LoopbackHttpServer.StartAsync(RecordAsync);
        var channel = Channel(server.Url("/hook").ToString(), "Teams");

        await channel.SendAsync(Assert.Single(channel.Targets()), Digest, "id", CancellationToken.None);

        var root = JsonDocument.Parse(Assert.Single(_received).Body).RootElement;
        Assert.Equal("message", root.GetProperty("type").GetString());
        var attachment = root.GetProperty("attachments")[0];
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        var body = attachment.GetProperty("content").GetProperty("body");
        Assert.Equal("Briefing digest 2026-03-02 07:00: 2 articles", body[0].GetProperty("text").GetString());
        Assert.Equal("- [example.org/harbour](https://example.org/harbour)\n- [example.org/rail](https://example.org/rail)", body[2].GetProperty("text").GetString());
    }

    [Fact]
    public void Targets_TwoUrls_HaveDistinctIdsThatHoldNoPartOfTheUrl()
    {
        var channel = Channel("https://hooks.example.org/secret-one", "Json", "https://hooks.example.org/secret-two");

        var targets = channel.Targets();

        Assert.Equal(2, targets.Select(t => t.Id).Distinct().Count());
        Assert.All(targets, t => Assert.DoesNotContain("secret", t.Id + t.Display, StringComparison.Ordinal));
        Assert.All(targets, t => Assert.Equal("webhook https://hooks.example.org/…", t.Display));
    }

    private async Task RecordAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        _received.Enqueue((await reader.ReadToEndAsync(), context.Request.Headers["Idempotency-Key"].FirstOrDefault(), context.Request.ContentType));
    }

    private static WebhookChannel Channel(string url, string format, string? secondUrl = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Briefing:Delivery:Webhook:Urls:0"] = url,
            ["Briefing:Delivery:Webhook:Urls:1"] = secondUrl,
            ["Briefing:Delivery:Webhook:Format"] = format,
            ["Briefing:Delivery:Webhook:Timeout"] = "00:00:01",
            ["Briefing:Resilience:MaxRetries"] = "1",
            ["Briefing:Resilience:BaseDelay"] = "00:00:00.010",
        };
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings.Where(s => s.Value is not null)).Build())
            .AddSingleton(TimeProvider.System)
            .AddLogging();
        services.AddOptions<ResilienceOptions>().BindConfiguration(ResilienceOptions.SectionName);
        services.AddBriefingDelivery();
        return services.BuildServiceProvider().GetServices<IDeliveryChannel>().OfType<WebhookChannel>().Single();
    }
}
