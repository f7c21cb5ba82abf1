namespace Briefing.Delivery.Sending;

/// <summary>The outcome of one delivery attempt: which digest, to where, and why not if it failed.</summary>
internal sealed record DeliveryReport(string Digest, string Target, bool Sent, string? Reason);
