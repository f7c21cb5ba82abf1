using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Briefing.Models.Resilience;

/// <summary>The resilience pipeline on the model's HttpClient: total timeout, retry with backoff, circuit breaker, per-attempt timeout.</summary>
/// <remarks>
/// The standard handler's 10 s attempt timeout would cut off ordinary LLM replies, so the pipeline is built from the same
/// strategies with LLM-sized limits. The retry honours Retry-After; the breaker sits inside the retry so an open circuit
/// ends the retries at once instead of hammering a provider that is down.
/// </remarks>
public static class ModelResilience
{
    public const string PipelineName = "briefing-model";

    public static IHttpClientBuilder AddModelResilience(this IHttpClientBuilder builder)
    {
        builder.AddResilienceHandler(PipelineName, (pipeline, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptions<ResilienceOptions>>().Value;
            var attemptTimeout = context.ServiceProvider.GetRequiredService<IOptions<ModelOptions>>().Value.RequestTimeout;
            pipeline.TimeProvider = context.ServiceProvider.GetRequiredService<TimeProvider>();
            pipeline
                .AddTimeout(new HttpTimeoutStrategyOptions { Name = "total", Timeout = options.TotalTimeout })
                .AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = Math.Max(options.MaxRetries, 1),
                    ShouldHandle = options.MaxRetries == 0 ? _ => PredicateResult.False() : new HttpRetryStrategyOptions().ShouldHandle,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = options.BaseDelay,
                    MaxDelay = options.MaxDelay,
                    ShouldRetryAfterHeader = true,
                })
                .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
                {
                    FailureRatio = options.BreakerFailureRatio,
                    MinimumThroughput = options.BreakerMinimumThroughput,
                    SamplingDuration = options.BreakerSamplingDuration,
                    BreakDuration = options.BreakDuration,
                })
                .AddTimeout(new HttpTimeoutStrategyOptions { Name = "attempt", Timeout = attemptTimeout });
        });
        return builder;
    }
}
