using Briefing.Worker;
using Microsoft.Extensions.Options;

namespace Briefing.State;

/// <summary>One pass at a time per state database: a lock file beside the database, held for the whole pass.</summary>
/// <remarks>
/// Two passes on one database (overlapping cron jobs, a second host) would brief the same articles and move the same
/// inbox files at once. The lock is the operating system's (an exclusive open), so a killed pass releases it; a second
/// pass waits <see cref="WorkerOptions.LockWait"/> and then refuses before it touches anything.
/// </remarks>
internal sealed class StateLock(IOptions<WorkerOptions> options, TimeProvider time)
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);

    public string LockFile => Path.GetFullPath(options.Value.StateDatabase) + ".lock";

    /// <summary>Takes the lock; dispose the result to release it.</summary>
    public async Task<IDisposable> AcquireAsync(CancellationToken cancellationToken)
    {
        var path = LockFile;
        var started = time.GetTimestamp();
        while (true)
        {
            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path) ?? ".");
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException e) when (IsHeldElsewhere(e))
            {
                var left = options.Value.LockWait - time.GetElapsedTime(started);
                if (left <= TimeSpan.Zero)
                {
                    throw new StateLockedException(
                        $"Another worker pass is using the state database '{Path.GetFullPath(options.Value.StateDatabase)}' (lock file '{path}'); "
                        + $"this pass waited {options.Value.LockWait.TotalSeconds:0.#} s and did not start. Run one pass at a time, or give each worker its own Briefing:Worker:StateDatabase.");
                }

                await Task.Delay(left < Poll ? left : Poll, time, cancellationToken);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw StateStoreException.For(Path.GetFullPath(options.Value.StateDatabase), e);
            }
        }
    }

    // .NET reports a lock held by another process as the raw EWOULDBLOCK on Linux (11) and macOS (35), and as
    // ERROR_SHARING_VIOLATION on Windows.
    private static bool IsHeldElsewhere(IOException e) => e.HResult is 11 or 35 or unchecked((int)0x80070020);
}
