namespace Briefing.Delivery.Sending;

/// <summary>A way digests reach staff (email, webhooks); configured targets only, none when the channel is not set up.</summary>
internal interface IDeliveryChannel
{
    IReadOnlyList<DeliveryTarget> Targets();

    /// <summary>Sends the digest; throws <see cref="DeliveryException"/> with a one-line reason when it did not arrive.</summary>
    /// <param name="target">One of this channel's <see cref="Targets"/>.</param>
    /// <param name="digest">The digest as read from disk.</param>
    /// <param name="messageId">The same for every attempt at the same digest and target, so a resend can be recognised.</param>
    /// <param name="cancellationToken">Stops the send; whether it arrived is then unknown and it is sent again next run.</param>
    Task SendAsync(DeliveryTarget target, DigestContent digest, string messageId, CancellationToken cancellationToken);
}
