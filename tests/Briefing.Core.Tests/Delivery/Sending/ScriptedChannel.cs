namespace Briefing.Delivery.Sending;

/// <summary>A delivery channel with one target that records every send and fails the attempts a test chooses.</summary>
internal sealed class ScriptedChannel(Func<int, string?>? failure = null) : IDeliveryChannel
{
    public List<(string Digest, string MessageId, DigestContent Content)> Sent { get; } = [];

    public int Attempts { get; private set; }

    public IReadOnlyList<DeliveryTarget> Targets() => [new DeliveryTarget("scripted", "scripted target")];

    public Task SendAsync(DeliveryTarget target, DigestContent digest, string messageId, CancellationToken cancellationToken)
    {
        Attempts++;
        if (failure?.Invoke(Attempts) is { } reason)
        {
            throw new DeliveryException(reason);
        }

        Sent.Add((digest.Name, messageId, digest));
        return Task.CompletedTask;
    }
}
