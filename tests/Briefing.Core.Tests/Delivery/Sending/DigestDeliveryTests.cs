using Briefing.State;
using Briefing.Support;
using Briefing.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Briefing.Delivery.Sending;

public sealed class DigestDeliveryTests : IDisposable
{
    private readonly WorkerTestbed _bed = new();

    // Each run an hour later, so each digest has a name of its own, as runs on a schedule do.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 6, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task DeliverAsync_NewDigest_SendsItOnceAndTheNextRunSendsNothing()
    {
        var channel = new ScriptedChannel();
        _bed.AddSample();

        var reports = await RunAndDeliverAsync(channel);
        var again = await RunAndDeliverAsync(channel);

        var report = Assert.Single(reports);
        Assert.True(report.Sent);
        Assert.Empty(again);
        var (digest, messageId, content) = Assert.Single(channel.Sent);
        Assert.Equal(_bed.Files("digests")[0].Replace(".html", string.Empty, StringComparison.Ordinal), digest);
        Assert.Matches(@"^digest-\d{4}-\d\d-\d\d-\d{6}\.scripted\.[0-9a-f]{8}$", messageId);
        Assert.Equal(1, content.Articles);
        Assert.Equal(0, content.Failures);
        Assert.Contains("<html", content.Html, StringComparison.Ordinal);
        Assert.Equal(_bed.ReadDigest(".md"), content.Markdown);
        Assert.DoesNotContain("](#", content.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeliverAsync_FailsOnce_IsRecordedForTheNextDigestAndSentOnTheNextRun()
    {
        var channel = new ScriptedChannel(attempt => attempt == 1 ? "The server is down." : null);
        _bed.AddSample();

        var first = await RunAndDeliverAsync(channel);
        var failures = await UndigestedFailuresAsync();
        var second = await RunAndDeliverAsync(channel);

        Assert.False(Assert.Single(first).Sent);
        var failure = Assert.Single(failures);
        Assert.Equal("delivery to scripted target", failure.Source);
        Assert.Matches(@"^digest-\S+ was not delivered \(attempt 1 of 5; tried again on the next run\): The server is down\.$", failure.Reason);
        // The second run writes a digest listing the failure, and sends it along with the first one.
        Assert.Equal(2, second.Count);
        Assert.All(second, r => Assert.True(r.Sent));
        Assert.Equal(2, channel.Sent.Select(s => s.Digest).Distinct().Count());
        Assert.Contains("The server is down.", channel.Sent[1].Content.Markdown, StringComparison.Ordinal);
        Assert.Empty(await RunAndDeliverAsync(channel));
    }

    [Fact]
    public async Task DeliverAsync_FailsEveryTime_GivesUpAfterMaxAttemptsAndSaysHowToResend()
    {
        var channel = new ScriptedChannel(_ => "Refused.");
        _bed.AddSample();
        var extra = new Dictionary<string, string?> { ["Briefing:Delivery:MaxAttempts"] = "2" };

        await RunAndDeliverAsync(channel, extra);
        await DeliverOnlyAsync(channel, extra);
        var reasons = (await UndigestedFailuresAsync()).Select(f => f.Reason).ToList();
        var third = await DeliverOnlyAsync(channel, extra);

        Assert.Equal(2, channel.Attempts);
        Assert.Empty(third);
        Assert.Contains(reasons, r => r.Contains("(attempt 2 of 2; given up; resend it with 'briefing deliver --digest ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DeliverAsync_RunStoppedWhileSending_SendsAgainWithTheSameMessageIdAndThenNeverAgain()
    {
        var channel = new ScriptedChannel();
        _bed.AddSample();
        await RunAndDeliverAsync(channel, new Dictionary<string, string?> { ["Briefing:Delivery:Enabled"] = "false" });
        var digest = _bed.Files("digests")[0].Replace(".html", string.Empty, StringComparison.Ordinal);
        await using (var services = Services(channel))
        {
            // What a kill -9 between the server's acceptance and the Sent mark leaves behind.
            await services.GetRequiredService<DeliveryStateStore>().MarkSendingAsync(digest, "scripted", _clock.GetUtcNow(), CancellationToken.None);
        }

        // While the mark is fresh it may be another process at work: left alone.
        var tooSoon = await DeliverOnlyAsync(channel);
        _clock.Advance(DigestDelivery.SendingLease + TimeSpan.FromSeconds(1));
        var resent = await DeliverOnlyAsync(channel);
        var again = await DeliverOnlyAsync(channel);
        await using var check = Services(new ScriptedChannel());
        var status = await check.GetRequiredService<DeliveryStateStore>().StatusAsync(digest, "scripted", CancellationToken.None);

        Assert.Empty(tooSoon);
        Assert.True(Assert.Single(resent).Sent);
        Assert.Empty(again);
        Assert.Equal(DeliveryStatus.Sent, status);
        Assert.EndsWith($"{digest}.scripted." + channel.Sent[0].MessageId.Split('.')[^1], channel.Sent[0].MessageId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClaimAsync_TwoProcessesAtOnce_OnlyOneTakesTheDelivery()
    {
        var channel = new ScriptedChannel();
        await using var first = Services(channel);
        await using var second = Services(channel);
        var now = _clock.GetUtcNow();
        await first.GetRequiredService<DeliveryStateStore>().EnqueueAsync("digest-x", channel.Targets(), now, CancellationToken.None);

        var claims = await Task.WhenAll(
            first.GetRequiredService<DeliveryStateStore>().ClaimAsync("digest-x", "scripted", now, now - DigestDelivery.SendingLease, CancellationToken.None),
            second.GetRequiredService<DeliveryStateStore>().ClaimAsync("digest-x", "scripted", now, now - DigestDelivery.SendingLease, CancellationToken.None));

        Assert.Single(claims, c => c == 1);
        Assert.Single(claims, c => c is null);
    }

    [Fact]
    public async Task DeliverAsync_Disabled_QueuesNothingSoALaterRunDoesNotSendIt()
    {
        var channel = new ScriptedChannel();
        _bed.AddSample();

        var disabled = await RunAndDeliverAsync(channel, new Dictionary<string, string?> { ["Briefing:Delivery:Enabled"] = "false" });
        var later = await DeliverOnlyAsync(channel);

        Assert.Empty(disabled);
        Assert.Empty(later);
        Assert.Empty(channel.Sent);
    }

    [Fact]
    public async Task DeliverAsync_DigestFilesRemovedBeforeSending_GivesUpAtOnceWithTheReason()
    {
        var channel = new ScriptedChannel();
        _bed.AddSample();
        await RunAndDeliverAsync(channel, new Dictionary<string, string?> { ["Briefing:Delivery:Enabled"] = "false" });
        var digest = _bed.Files("digests")[0].Replace(".html", string.Empty, StringComparison.Ordinal);
        await using (var services = Services(channel))
        {
            await services.GetRequiredService<DeliveryStateStore>().EnqueueAsync(digest, channel.Targets(), TimeProvider.System.GetUtcNow(), CancellationToken.None);
        }

        foreach (var file in Directory.GetFiles(Path.Combine(_bed.Output, "digests")))
        {
            File.Delete(file);
        }

        var report = Assert.Single(await DeliverOnlyAsync(channel));
        var again = await DeliverOnlyAsync(channel);

        Assert.False(report.Sent);
        Assert.Contains("are gone, so there is nothing to send", report.Reason, StringComparison.Ordinal);
        Assert.Empty(again);
    }

    [Fact]
    public async Task ResendAsync_DigestSentBefore_SendsItAgainByHand()
    {
        var channel = new ScriptedChannel();
        _bed.AddSample();
        await RunAndDeliverAsync(channel);
        var file = Path.Combine(_bed.Output, "digests", _bed.Files("digests").First(f => f.EndsWith(".md", StringComparison.Ordinal)));

        await using var services = Services(channel);
        var reports = await services.GetRequiredService<DigestDelivery>().ResendAsync(file, CancellationToken.None);

        Assert.True(Assert.Single(reports).Sent);
        Assert.Equal(2, channel.Sent.Count);
        Assert.Equal(channel.Sent[0].MessageId, channel.Sent[1].MessageId);
    }

    public void Dispose() => _bed.Dispose();

    private ServiceProvider Services(ScriptedChannel channel, IDictionary<string, string?>? extra = null)
    {
        var settings = _bed.Settings;
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return TestPipeline.Create(_bed.Model, settings, services =>
        {
            services.AddSingleton<TimeProvider>(_clock);
            services.RemoveAll<IDeliveryChannel>();
            services.AddSingleton<IDeliveryChannel>(channel);
        });
    }

    private async Task<IReadOnlyList<DeliveryReport>> RunAndDeliverAsync(ScriptedChannel channel, IDictionary<string, string?>? extra = null)
    {
        _clock.Advance(TimeSpan.FromHours(1));
        await using var services = Services(channel, extra);
        await using var scope = services.CreateAsyncScope();
        var summary = await scope.ServiceProvider.GetRequiredService<BriefingRunCoordinator>().RunAsync(CancellationToken.None);
        return await scope.ServiceProvider.GetRequiredService<DigestDelivery>().DeliverAsync(summary.Digest, CancellationToken.None);
    }

    private async Task<IReadOnlyList<DeliveryReport>> DeliverOnlyAsync(ScriptedChannel channel, IDictionary<string, string?>? extra = null)
    {
        await using var services = Services(channel, extra);
        return await services.GetRequiredService<DigestDelivery>().DeliverAsync(null, CancellationToken.None);
    }

    private async Task<IReadOnlyList<SourceFailure>> UndigestedFailuresAsync()
    {
        await using var services = Services(new ScriptedChannel());
        return await services.GetRequiredService<BriefingStateStore>().UndigestedFailuresAsync(CancellationToken.None);
    }
}
