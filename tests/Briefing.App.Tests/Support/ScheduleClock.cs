using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace Briefing.Support;

/// <summary>A fake clock that tells the test when the worker has armed its wait for the next scheduled run.</summary>
/// <remarks>
/// The worker logs the next run and then arms a timer for the remaining time. Moving the clock between the two would
/// arm the timer from the new time, days too late; waiting for the timer first removes that race.
/// </remarks>
public sealed class ScheduleClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    // Timers shorter than this belong to other components (retries, timeouts), not to the schedule.
    private static readonly TimeSpan ScheduleWait = TimeSpan.FromMinutes(30);

    private readonly Channel<TimeSpan> _armed = Channel.CreateUnbounded<TimeSpan>();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        if (dueTime >= ScheduleWait)
        {
            _armed.Writer.TryWrite(dueTime);
        }

        return timer;
    }

    /// <summary>Completes once the worker is waiting for a scheduled run.</summary>
    public async Task ScheduleArmedAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await _armed.Reader.ReadAsync(timeout.Token);
    }
}
