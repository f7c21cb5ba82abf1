using Briefing.Providers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace Briefing.ModelCalls.Resilience;

/// <summary>The resilience pipeline on the model's HttpClient: total timeout, retry with backoff, circuit breaker, per-attempt timeout.</summary>
/// <remarks>
/// The standard handler's 10 s attempt timeout would cut off ordinary LLM replies, so the pipeline is built from the same
/// strategies with LLM-sized limits. The retry honours Retry-After, but a wait longer than the time left for the call fails at
/// once: waiting would only end in a timeout that hides the reason. The breaker sits inside the retry so an open circuit ends the
/// retries at once instead of hammering a provider that is down. Inside every attempt, <see cref="BoundedReplyHandler"/> reads
/// the whole reply, so a connection dropped mid-body is retried like one dropped before the headers.
/// </remarks>
internal static partial class ModelResilience
{
    public const string PipelineName = "briefing-model";

    /// <summary>The log category of the retry announcements; the CLI shows them with --verbose or on a terminal.</summary>
    public const string RetryLogCategory = "Briefing.Models.Retries";

    private static readonly ResiliencePropertyKey<long> Started = new("briefing-model-started");

    public static IHttpClientBuilder AddModelResilience(this IHttpClientBuilder builder)
    {
        builder.AddResilienceHandler(PipelineName, (pipeline, context) =>
        {
            var services = context.ServiceProvider;
            var options = services.GetRequiredService<IOptions<ResilienceOptions>>().Value;
            var attemptTimeout = services.GetRequiredService<IOptions<ModelOptions>>().Value.RequestTimeout;
            var time = services.GetRequiredService<TimeProvider>();
            var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(RetryLogCategory);
            pipeline.TimeProvider = time;
            pipeline
                .AddTimeout(new HttpTimeoutStrategyOptions
                {
                    Name = "total",
                    // Called once as each call starts: the moment the retry measures the time left from.
                    TimeoutGenerator = args =>
                    {
                        args.Context.Properties.Set(Started, time.GetTimestamp());
                        return ValueTask.FromResult(options.TotalTimeout);
                    },
                })
                .AddRetry(Retry(options, time, logger))
                .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
                {
                    FailureRatio = options.BreakerFailureRatio,
                    MinimumThroughput = options.BreakerMinimumThroughput,
                    SamplingDuration = options.BreakerSamplingDuration,
                    BreakDuration = options.BreakDuration,
                })
                .AddTimeout(new HttpTimeoutStrategyOptions { Name = "attempt", Timeout = attemptTimeout });
        });
        builder.AddHttpMessageHandler(services => new BoundedReplyHandler(services.GetRequiredService<IOptions<ModelOptions>>().Value.MaxReplyBytes));
        return builder;
    }

    private static HttpRetryStrategyOptions Retry(ResilienceOptions options, TimeProvider time, ILogger logger) => new()
    {
        MaxRetryAttempts = Math.Max(options.MaxRetries, 1),
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        Delay = options.BaseDelay,
        MaxDelay = options.MaxDelay,
        ShouldRetryAfterHeader = false,
        ShouldHandle = args => ValueTask.FromResult(
            options.MaxRetries > 0
            && HttpClientResiliencePredicates.IsTransient(args.Outcome)
            && !(RetryAfter.Of(args.Outcome.Result, time) is { } wait && wait >= Remaining(args.Context, options, time))),
        DelayGenerator = args => ValueTask.FromResult(RetryAfter.Of(args.Outcome.Result, time)),
        OnRetry = args =>
        {
            var outcome = Outcome(args);
            var wait = RetryAfter.Describe(args.RetryDelay);
            LogRetrying(logger, outcome, wait, args.AttemptNumber + 1, options.MaxRetries);
            return ValueTask.CompletedTask;
        },
    };

    private static TimeSpan Remaining(ResilienceContext context, ResilienceOptions options, TimeProvider time) =>
        context.Properties.TryGetValue(Started, out var started) ? options.TotalTimeout - time.GetElapsedTime(started) : options.TotalTimeout;

    private static string Outcome(OnRetryArguments<HttpResponseMessage> args) => args.Outcome switch
    {
        { Result: { } response } => $"HTTP {(int)response.StatusCode}",
        { Exception: Polly.Timeout.TimeoutRejectedException } => "no answer in time",
        _ => "a network failure",
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "The model provider answered with {Outcome}; retrying in {Wait} (retry {Retry} of {MaxRetries})")]
    private static partial void LogRetrying(ILogger logger, string outcome, string wait, int retry, int maxRetries);
}
