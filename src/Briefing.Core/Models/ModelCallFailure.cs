using System.Net;
using Microsoft.SemanticKernel;

namespace Briefing.Models;

/// <summary>Turns a failed provider call into one line that says what to do about it.</summary>
internal static class ModelCallFailure
{
    public static string Describe(HttpOperationException e) => e.StatusCode switch
    {
        HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => "The model provider refused the API key (HTTP 401/403); check OPENAI_API_KEY or Briefing:Model:ApiKey.",
        HttpStatusCode.NotFound => "The model provider does not know this model or deployment (HTTP 404); check Briefing:Model:ModelId and Endpoint.",
        HttpStatusCode.TooManyRequests => "The model provider is rate-limiting requests (HTTP 429); wait and retry, or lower the request rate.",
        { } status when (int)status >= 500 => $"The model provider failed (HTTP {(int)status}); retry later.",
        { } status => $"The model call failed with HTTP {(int)status}.",
        null => $"The model provider could not be reached: {e.InnerException?.Message ?? e.Message}",
    };
}
