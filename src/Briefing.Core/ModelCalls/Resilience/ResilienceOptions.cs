using System.ComponentModel.DataAnnotations;

namespace Briefing.ModelCalls.Resilience;

/// <summary>How model calls are retried and when the provider is given a rest; the per-attempt timeout is Briefing:Model:RequestTimeout.</summary>
/// <remarks>LLM providers rate-limit and stall routinely, so these defaults are far more patient than those for ordinary web APIs.</remarks>
internal sealed class ResilienceOptions
{
    public const string SectionName = "Briefing:Resilience";

    /// <summary>Retries after the first attempt (0 disables retrying).</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>First backoff delay; it doubles with each retry, with jitter, unless the provider sends Retry-After.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:05:00")]
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>No computed backoff delay is longer than this.</summary>
    /// <remarks>A provider's Retry-After is honoured as sent when it fits the time left of TotalTimeout; a longer one fails the call at once.</remarks>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Time allowed for one article's model call, retries and backoff included.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "02:00:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(6);

    /// <summary>Share of failed calls within the sampling window that opens the circuit.</summary>
    [Range(0.01, 1.0)]
    public double BreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Calls needed within the sampling window before the circuit may open.</summary>
    [Range(2, 1000)]
    public int BreakerMinimumThroughput { get; set; } = 6;

    /// <summary>The window over which failures are counted; at least twice the per-attempt timeout.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long an open circuit refuses calls before one is let through to test the provider.</summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);
}
