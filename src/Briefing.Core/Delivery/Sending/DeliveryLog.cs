using Microsoft.Extensions.Logging;

namespace Briefing.Delivery.Sending;

/// <summary>The delivery's log lines: one per attempt, naming the digest, the target and the outcome.</summary>
internal static partial class DeliveryLog
{
    [LoggerMessage(EventId = 301, Level = LogLevel.Information, Message = "Digest {Digest} to {Target}: sent (attempt {Attempt})")]
    public static partial void Sent(ILogger logger, string digest, string target, int attempt);

    [LoggerMessage(EventId = 302, Level = LogLevel.Warning, Message = "Digest {Digest} to {Target}: not delivered (attempt {Attempt} of {MaxAttempts}): {Reason}")]
    public static partial void Failed(ILogger logger, string digest, string target, int attempt, int maxAttempts, string reason);

    [LoggerMessage(EventId = 303, Level = LogLevel.Warning, Message = "Digest {Digest} to {Target}: an earlier run stopped while sending it, so it may have arrived; sending it again with the same Message-Id {DeliveryId}")]
    public static partial void Interrupted(ILogger logger, string digest, string target, string deliveryId);

    [LoggerMessage(EventId = 304, Level = LogLevel.Information, Message = "No delivery configured (Briefing:Delivery:Email:Host, Briefing:Delivery:Webhook:Urls); the digest stays on disk")]
    public static partial void NoneConfigured(ILogger logger);
}
