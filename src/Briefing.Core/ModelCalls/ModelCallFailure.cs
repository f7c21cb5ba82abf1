using System.Net;
using System.Net.Sockets;
using Briefing.Briefings;
using Briefing.ModelCalls.Resilience;
using Microsoft.SemanticKernel;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Briefing.ModelCalls;

/// <summary>Turns a failed provider call into one line that says what to do about it, and says whether a later try may succeed.</summary>
/// <remarks>Messages are our own sentences: an exception's type name or parser position means nothing to the person who reads them.</remarks>
internal static class ModelCallFailure
{
    public static ModelException From(Exception e, TimeProvider time) =>
        new(Describe(e, time), e) { IsTransient = IsTransient(e) };

    /// <summary>Provider outages, rate limits, timeouts, an open circuit and network failures are the world's; the rest are not.</summary>
    public static bool IsTransient(Exception e) => e switch
    {
        HttpOperationException { StatusCode: { } status } => IsTransient(status),
        HttpOperationException http => Cause(http) is { } cause && IsTransient(cause),
        BrokenCircuitException or TimeoutRejectedException or TaskCanceledException or TimeoutException => true,
        HttpRequestException or SocketException or IOException => true,
        _ => false,
    };

    public static string Describe(Exception e, TimeProvider time) => e switch
    {
        HttpOperationException http => Describe(http, time),
        BrokenCircuitException => "Model calls are paused after repeated provider failures (circuit open, Briefing:Resilience:BreakDuration); retry later.",
        TimeoutRejectedException timeout => $"The model provider did not answer within {timeout.Timeout.TotalSeconds:0.#} s (Briefing:Model:RequestTimeout per attempt, Briefing:Resilience:TotalTimeout overall).",
        TaskCanceledException or TimeoutException => "The model call timed out; retry later or raise Briefing:Model:RequestTimeout.",
        HttpRequestException request => Unreachable(request),
        SocketException or IOException => "The connection to the model provider failed; retry later.",
        _ => "The model provider's response could not be read as a chat completion (malformed or missing fields); check that Briefing:Model:Endpoint points at an OpenAI-compatible API (usually ending in /v1).",
    };

    private static string Describe(HttpOperationException e, TimeProvider time)
    {
        var wait = RetryAfter.Of(e, time) is { } after ? $"; retry after {RetryAfter.Describe(after)}" : null;
        return e.StatusCode switch
        {
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => "The model provider refused the API key (HTTP 401/403); check OPENAI_API_KEY or Briefing:Model:ApiKey.",
            HttpStatusCode.NotFound => "The model provider does not know this model or deployment (HTTP 404); check Briefing:Model:ModelId and Endpoint.",
            HttpStatusCode.TooManyRequests when wait is not null => $"Rate limited by the provider (HTTP 429){wait}.",
            HttpStatusCode.TooManyRequests => "Rate limited by the provider (HTTP 429) on every attempt; wait, or lower the request rate.",
            HttpStatusCode.BadRequest when Mentions(e, "content_filter") => "The model provider's content filter rejected the request (HTTP 400).",
            { } status when (int)status >= 500 => $"The model provider failed (HTTP {(int)status}) on every attempt{wait ?? "; retry later"}.",
            { } status => $"The model call failed with HTTP {(int)status}.",
            null when Cause(e) is { } cause => Describe(cause, time),
            null => "The model provider could not be reached; retry later, and check Briefing:Model:Endpoint.",
        };
    }

    private static string Unreachable(HttpRequestException e) => e.HttpRequestError switch
    {
        HttpRequestError.NameResolutionError => "The model provider could not be reached: its host name does not resolve; check Briefing:Model:Endpoint.",
        HttpRequestError.ConnectionError => "The model provider could not be reached: the connection was refused or dropped; check that the server is running (Briefing:Model:Endpoint) and retry.",
        HttpRequestError.SecureConnectionError => "The model provider could not be reached: the TLS handshake failed; check the https:// address and the server's certificate.",
        HttpRequestError.ResponseEnded => "The model provider could not be reached: the connection closed before the reply was complete; retry later.",
        _ => "The model provider could not be reached; retry later, and check Briefing:Model:Endpoint.",
    };

    // The OpenAI client wraps the transport's exception once or twice; the first one we know how to describe is the cause.
    private static Exception? Cause(Exception e)
    {
        for (var inner = e.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is TimeoutRejectedException or BrokenCircuitException or TaskCanceledException or HttpRequestException or SocketException or IOException)
            {
                return inner;
            }
        }

        return null;
    }

    // Refused credentials and an unknown model are the operator's to fix, not the article's: the article waits for them.
    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout
            or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound || (int)status >= 500;

    private static bool Mentions(HttpOperationException e, string code) =>
        e.ResponseContent?.Contains(code, StringComparison.OrdinalIgnoreCase) == true;
}
