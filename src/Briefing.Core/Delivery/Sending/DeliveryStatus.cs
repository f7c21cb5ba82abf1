namespace Briefing.Delivery.Sending;

/// <summary>Where one digest's delivery to one target stands in the state database.</summary>
internal enum DeliveryStatus
{
    /// <summary>Not tried yet.</summary>
    Pending,

    /// <summary>Recorded just before sending; still there means the process died while sending, so whether it arrived is unknown.</summary>
    Sending,

    Sent,

    /// <summary>Tried and failed; tried again on the next run.</summary>
    Failed,

    /// <summary>Failed on every allowed attempt; not tried again (resend by hand with <c>briefing deliver</c>).</summary>
    GaveUp,
}
