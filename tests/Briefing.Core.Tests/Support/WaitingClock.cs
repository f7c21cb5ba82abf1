using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;

namespace Briefing.Support;

/// <summary>A fake clock that knows its pending timers and moves straight to the next one while the client is only waiting.</summary>
/// <remarks>
/// Real HTTP runs alongside fake time, so time may only jump when nothing is in flight: the server is idle and the client
/// is in a backoff delay (a timer shorter than the attempt timeout), or the server holds the latest request and the only
/// attempt timer pending is the one started for it. Elapsed fake time is then the sum of the delays and timeouts, with
/// no wall-clock sleeps.
/// </remarks>
public sealed class WaitingClock(TimeSpan attemptTimeout) : FakeTimeProvider(TestPipeline.Now)
{
    private readonly ConcurrentDictionary<TrackedTimer, byte> _timers = new();

    /// <summary>Fake time since <see cref="TestPipeline.Now"/>.</summary>
    public TimeSpan Elapsed => GetUtcNow() - TestPipeline.Now;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var tracked = new TrackedTimer(this);
        tracked.Schedule(dueTime);
        tracked.Inner = base.CreateTimer(
            s =>
            {
                tracked.Fired();
                callback(s);
            },
            state,
            dueTime,
            period);
        return tracked;
    }

    /// <summary>Runs <paramref name="call"/> against <paramref name="server"/>, moving the clock whenever only a timer can make progress.</summary>
    public async Task<T> RunAsync<T>(ScriptedChatServer server, Func<Task<T>> call)
    {
        var task = call();
        var guard = Stopwatch.StartNew();
        while (!task.IsCompleted)
        {
            if (guard.Elapsed > TimeSpan.FromSeconds(30))
            {
                throw new TimeoutException($"The call did not finish within 30 s of real time; fake time is {Elapsed}.");
            }

            if (!server.IsBusy && NextDue(ClientAwaitsHeldRequest(server)) is { } due && due > GetUtcNow())
            {
                Advance(due - GetUtcNow());
            }

            await Task.WhenAny(task, Task.Delay(2));
        }

        return await task;
    }

    // The attempt timer is started just before its request is sent, so it must predate the parking; a later one belongs to a new attempt.
    private bool ClientAwaitsHeldRequest(ScriptedChatServer server)
    {
        if (server.LatestParkedAt is not { } parkedAt)
        {
            return false;
        }

        var attempts = _timers.Keys.Where(t => t.DueAt is not null && t.Length == attemptTimeout).ToList();
        return attempts.Count == 1 && attempts[0].CreatedAt < parkedAt;
    }

    private DateTimeOffset? NextDue(bool clientAwaitsTimeout)
    {
        var pending = _timers.Keys.Where(t => t.DueAt is not null && (clientAwaitsTimeout || t.Length < attemptTimeout)).ToList();
        return pending.Count == 0 ? null : pending.Min(t => t.DueAt);
    }

    private sealed class TrackedTimer(WaitingClock clock) : ITimer
    {
        public ITimer? Inner { get; set; }

        public DateTimeOffset? DueAt { get; private set; }

        public TimeSpan Length { get; private set; }

        public long CreatedAt { get; private set; }

        public void Schedule(TimeSpan dueTime)
        {
            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                Fired();
                return;
            }

            Length = dueTime;
            CreatedAt = Stopwatch.GetTimestamp();
            DueAt = clock.GetUtcNow() + dueTime;
            clock._timers[this] = 0;
        }

        public void Fired()
        {
            DueAt = null;
            clock._timers.TryRemove(this, out _);
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            Schedule(dueTime);
            return Inner?.Change(dueTime, period) ?? false;
        }

        public void Dispose()
        {
            Fired();
            Inner?.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
