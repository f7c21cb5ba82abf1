using Microsoft.Extensions.Options;

namespace Briefing.Worker;

/// <summary>When the next pass is due: the cron expression evaluated in the configured time zone, on the injected clock.</summary>
internal sealed class WorkerSchedule(IOptions<WorkerOptions> options, TimeProvider time)
{
    /// <summary>The next occurrence strictly after now, or null if the expression never fires again.</summary>
    public DateTimeOffset? Next() => options.Value.ParseSchedule().GetNextOccurrence(time.GetUtcNow(), options.Value.FindZone());
}
