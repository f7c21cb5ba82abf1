using Briefing.Delivery.Sending;
using Briefing.State;
using Briefing.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.App.Hosting;

/// <summary>Runs a pass at every occurrence of the configured schedule, each in a fresh scope, until the host stops.</summary>
/// <remarks>
/// A failed article is the pass's business; anything that escapes a pass is a fault in the worker or its environment
/// (a full disk, a broken database), so it stops the host loudly rather than retrying forever.
/// </remarks>
internal sealed partial class BriefingWorkerService(
    IServiceScopeFactory scopes,
    WorkerSchedule schedule,
    IOptions<WorkerOptions> options,
    TimeProvider time,
    ILogger<BriefingWorkerService> logger) : BackgroundService
{
    // Task.Delay cannot wait longer than about 49 days; long gaps are waited out in steps.
    private static readonly TimeSpan MaxWait = TimeSpan.FromDays(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                if (schedule.Next() is not { } next)
                {
                    NoNextRun(logger, options.Value.Schedule);
                    return;
                }

                NextRun(logger, next, options.Value.TimeZone);
                for (var wait = next - time.GetUtcNow(); wait > TimeSpan.Zero; wait = next - time.GetUtcNow())
                {
                    await Task.Delay(wait < MaxWait ? wait : MaxWait, time, stoppingToken);
                }

                await using var scope = scopes.CreateAsyncScope();
                try
                {
                    var summary = await scope.ServiceProvider.GetRequiredService<BriefingRunCoordinator>().RunAsync(stoppingToken);
                    await scope.ServiceProvider.GetRequiredService<DigestDelivery>().DeliverAsync(summary.Digest, stoppingToken);
                }
                catch (StateLockedException e)
                {
                    // Another pass (a manual --once, a second host) has the database: this occurrence is its business.
                    PassSkipped(logger, e.Message);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // SIGTERM or Ctrl+C: in-flight articles were cancelled and are picked up by the next pass.
        }
    }

    [LoggerMessage(EventId = 105, Level = LogLevel.Information, Message = "Next run at {NextRun} ({TimeZone})")]
    private static partial void NextRun(ILogger logger, DateTimeOffset nextRun, string timeZone);

    [LoggerMessage(EventId = 109, Level = LogLevel.Warning, Message = "Pass skipped: {Reason}")]
    private static partial void PassSkipped(ILogger logger, string reason);

    [LoggerMessage(EventId = 106, Level = LogLevel.Warning, Message = "Schedule {Schedule} has no next occurrence; the worker stops")]
    private static partial void NoNextRun(ILogger logger, string schedule);
}
