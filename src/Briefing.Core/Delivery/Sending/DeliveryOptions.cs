using System.ComponentModel.DataAnnotations;

namespace Briefing.Delivery.Sending;

/// <summary>How often a digest that could not be delivered is tried again; the channels have sections of their own.</summary>
internal sealed class DeliveryOptions
{
    public const string SectionName = "Briefing:Delivery";

    /// <summary>False queues nothing and sends nothing (<c>worker --no-deliver</c>); digests are still written.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Attempts in all, one per run, before a delivery is given up and says so in the next digest.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 5;
}
