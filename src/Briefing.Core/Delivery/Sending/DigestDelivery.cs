using System.Security.Cryptography;
using System.Text;
using Briefing.State;
using Briefing.Worker;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Delivery.Sending;

/// <summary>Sends digests that are on disk to every configured target, once each, retrying failures on later runs.</summary>
/// <remarks>
/// Runs after the digest is written. A failure is recorded in the deliveries table and as a failure the next digest
/// lists, and is tried again on each run until <see cref="DeliveryOptions.MaxAttempts"/>. The one window in which a
/// digest can arrive twice is a crash between the server accepting it and the Sent mark being committed (a few
/// milliseconds): the next run sends it again with the same Message-Id (Idempotency-Key for webhooks).
/// </remarks>
internal sealed class DigestDelivery(
    IEnumerable<IDeliveryChannel> channels,
    DeliveryStateStore deliveries,
    BriefingStateStore store,
    DigestContentReader reader,
    OutputLayout layout,
    IOptions<DeliveryOptions> options,
    IOptions<WorkerOptions> worker,
    TimeProvider time,
    ILogger<DigestDelivery> logger)
{
    /// <summary>Queues <paramref name="newDigest"/> (if any) for every target, then sends everything pending.</summary>
    public async Task<IReadOnlyList<DeliveryReport>> DeliverAsync(string? newDigest, CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return [];
        }

        var targets = Targets();
        if (targets.Count == 0)
        {
            DeliveryLog.NoneConfigured(logger);
            return [];
        }

        if (newDigest is not null)
        {
            await deliveries.EnqueueAsync(newDigest, targets.Values.Select(t => t.Target), time.GetUtcNow(), cancellationToken);
        }

        var reports = new List<DeliveryReport>();
        foreach (var pending in await deliveries.PendingAsync(options.Value.MaxAttempts, cancellationToken))
        {
            // A target taken out of the configuration keeps its row, in case it comes back.
            if (!targets.TryGetValue(pending.Target, out var entry))
            {
                continue;
            }

            var now = time.GetUtcNow();
            if (await deliveries.ClaimAsync(pending.Digest, pending.Target, now, now - SendingLease, cancellationToken) is not { } attempt)
            {
                continue;
            }

            if (pending.Status == DeliveryStatus.Sending)
            {
                DeliveryLog.Interrupted(logger, pending.Digest, entry.Target.Display, DeliveryId(pending.Digest, entry.Target));
            }

            reports.Add(await SendAsync(entry.Channel, entry.Target, layout.Digests, pending.Digest, attempt, retry: true, cancellationToken));
        }

        return reports;
    }

    /// <summary>Sends one digest file to every target now, whatever was sent before (<c>briefing deliver --digest</c>).</summary>
    public async Task<IReadOnlyList<DeliveryReport>> ResendAsync(string digestFile, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(digestFile);
        var folder = Path.GetDirectoryName(full) ?? ".";
        var name = Path.GetExtension(full) is ".html" or ".md" or ".txt" ? Path.GetFileNameWithoutExtension(full) : Path.GetFileName(full);
        var reports = new List<DeliveryReport>();
        foreach (var (channel, target) in Targets().Values)
        {
            var attempt = await deliveries.MarkSendingAsync(name, target.Id, time.GetUtcNow(), cancellationToken);
            reports.Add(await SendAsync(channel, target, folder, name, attempt, retry: false, cancellationToken));
        }

        return reports;
    }

    /// <summary>
    /// A Sending mark younger than this belongs to a process still at work (another worker, a <c>deliver</c> by hand)
    /// and is left alone; an older one is a crashed run's. Longer than the slowest send: SMTP's timeout, a webhook's retries.
    /// </summary>
    public static readonly TimeSpan SendingLease = TimeSpan.FromMinutes(15);

    public bool AnyConfigured => Targets().Count > 0;

    private Dictionary<string, (IDeliveryChannel Channel, DeliveryTarget Target)> Targets() =>
        channels.SelectMany(c => c.Targets().Select(t => (Channel: c, Target: t))).ToDictionary(x => x.Target.Id, StringComparer.Ordinal);

    private async Task<DeliveryReport> SendAsync(
        IDeliveryChannel channel, DeliveryTarget target, string folder, string digest, int attempt, bool retry, CancellationToken cancellationToken)
    {
        var max = options.Value.MaxAttempts;
        try
        {
            var (articles, failures) = await deliveries.CountsAsync(digest, cancellationToken);
            var content = await reader.ReadAsync(folder, digest, articles, failures, cancellationToken);
            await channel.SendAsync(target, content, DeliveryId(digest, target), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var reason = e is DeliveryException ? e.Message : $"Unexpected failure: {e.Message}";
            var gaveUp = !retry || attempt >= max || e is DeliveryException && !File.Exists(Path.Combine(folder, digest + ".md")) && !File.Exists(Path.Combine(folder, digest + ".html"));
            await deliveries.MarkFailedAsync(digest, target.Id, reason, gaveUp, time.GetUtcNow(), cancellationToken);
            DeliveryLog.Failed(logger, digest, target.Display, attempt, retry ? max : attempt, reason);
            var next = !retry ? "sent by hand; not retried" : gaveUp ? $"given up; resend it with 'briefing deliver --digest {Path.Combine(folder, digest)}.html'" : "tried again on the next run";
            await store.RecordFailureAsync(new SourceFailure($"delivery to {target.Display}", $"{digest} was not delivered (attempt {attempt} of {max}; {next}): {reason}"), time.GetUtcNow(), cancellationToken);
            return new DeliveryReport(digest, target.Display, Sent: false, reason);
        }

        await deliveries.MarkSentAsync(digest, target.Id, time.GetUtcNow(), cancellationToken);
        DeliveryLog.Sent(logger, digest, target.Display, attempt);
        return new DeliveryReport(digest, target.Display, Sent: true, null);
    }

    // Same digest, target and installation: same id, so a resend after a crash can be recognised and dropped.
    private string DeliveryId(string digest, DeliveryTarget target)
    {
        var installation = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(worker.Value.StateDatabase))))[..8];
        return $"{digest}.{target.Id}.{installation}";
    }
}
