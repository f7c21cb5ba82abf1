using System.Net;
using Microsoft.SemanticKernel;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Briefing.Models;

/// <summary>Turns a failed provider call into one line that says what to do about it.</summary>
internal static class ModelCallFailure
{
    public static string Describe(HttpOperationException e) => e.StatusCode switch
    {
        HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => "The model provider refused the API key (HTTP 401/403); check OPENAI_API_KEY or Briefing:Model:ApiKey.",
        HttpStatusCode.NotFound => "The model provider does not know this model or deployment (HTTP 404); check Briefing:Model:ModelId and Endpoint.",
        HttpStatusCode.TooManyRequests => "The model provider is rate-limiting requests (HTTP 429) and retries did not get through; wait, or lower the request rate.",
        HttpStatusCode.BadRequest when Mentions(e, "content_filter") => "The model provider's content filter rejected the request (HTTP 400).",
        { } status when (int)status >= 500 => $"The model provider failed (HTTP {(int)status}) on every attempt; retry later.",
        { } status => $"The model call failed with HTTP {(int)status}.",
        null when e.InnerException is TimeoutRejectedException or BrokenCircuitException or TaskCanceledException => Describe(e.InnerException),
        null => $"The model provider could not be reached: {e.InnerException?.Message ?? e.Message}",
    };

    public static string Describe(Exception e) => e switch
    {
        HttpOperationException http => Describe(http),
        BrokenCircuitException => "Model calls are paused after repeated provider failures (circuit open, Briefing:Resilience:BreakDuration); retry later.",
        TimeoutRejectedException timeout => $"The model provider did not answer within {timeout.Timeout.TotalSeconds:0.#} s (Briefing:Model:RequestTimeout per attempt, Briefing:Resilience:TotalTimeout overall).",
        TaskCanceledException => "The model call timed out.",
        HttpRequestException request => $"The model provider could not be reached: {request.Message}",
        _ => $"The model provider sent a response that is not valid chat-completions JSON ({e.GetType().Name}: {e.Message})",
    };

    /// <summary>Whether a failed call says nothing about the article: the provider, the network or the credentials failed,
    /// so the same article may well succeed later. A reply that cannot be read and a content-filter refusal are not.</summary>
    public static bool IsTransient(Exception e) => e switch
    {
        HttpOperationException { StatusCode: HttpStatusCode.BadRequest } => false,
        // No status: the request never got an answer (refused, reset, timed out); the inner exception is the SDK's own type.
        HttpOperationException { StatusCode: null } http => http.InnerException is not (System.Text.Json.JsonException or FormatException),
        HttpOperationException => true,
        BrokenCircuitException or TimeoutRejectedException or TimeoutException or OperationCanceledException => true,
        HttpRequestException or System.Net.Sockets.SocketException or IOException => true,
        _ => false,
    };

    private static bool Mentions(HttpOperationException e, string code) =>
        e.ResponseContent?.Contains(code, StringComparison.OrdinalIgnoreCase) == true;
}
