namespace Briefing.Delivery.Sending;

/// <summary>A delivery still to make: a digest, a target, how it stands and how many attempts it has had.</summary>
internal sealed record PendingDelivery(string Digest, string Target, DeliveryStatus Status, int Attempts);
