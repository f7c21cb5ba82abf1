namespace Briefing.Delivery.Sending;

/// <summary>One place a digest goes: an SMTP server's recipients or one webhook URL.</summary>
/// <param name="Id">Stable and free of secrets, so it can be stored and put into a Message-Id (a webhook URL is hashed).</param>
/// <param name="Display">What an operator reads in logs and digests; never a secret.</param>
internal sealed record DeliveryTarget(string Id, string Display);
