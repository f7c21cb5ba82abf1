using System.ClientModel;
using System.Globalization;
using Microsoft.SemanticKernel;

namespace Briefing.ModelCalls.Resilience;

/// <summary>Reads how long a provider asks to be left alone (Retry-After, or OpenAI's retry-after-ms), and says it in words.</summary>
internal static class RetryAfter
{
    public static TimeSpan? Of(HttpResponseMessage? response, TimeProvider time)
    {
        if (response is null)
        {
            return null;
        }

        if (response.Headers.TryGetValues("retry-after-ms", out var milliseconds))
        {
            return Milliseconds(milliseconds.FirstOrDefault());
        }

        return response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => Until(date, time),
            _ => null,
        };
    }

    /// <summary>The wait a failed call's response asked for, when the provider's response travels with the exception.</summary>
    public static TimeSpan? Of(Exception error, TimeProvider time)
    {
        var client = error as ClientResultException ?? (error as HttpOperationException)?.InnerException as ClientResultException;
        var headers = client?.GetRawResponse()?.Headers;
        if (headers is null)
        {
            return null;
        }

        if (headers.TryGetValue("retry-after-ms", out var milliseconds))
        {
            return Milliseconds(milliseconds);
        }

        if (!headers.TryGetValue("Retry-After", out var value) || string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? TimeSpan.FromSeconds(seconds)
            : DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? Until(date, time)
            : null;
    }

    /// <summary>"45 s", "12 min", "1 h" or "2.5 h".</summary>
    public static string Describe(TimeSpan wait) => wait.TotalSeconds switch
    {
        < 120 => string.Create(CultureInfo.InvariantCulture, $"{Math.Ceiling(wait.TotalSeconds):0} s"),
        < 7200 => string.Create(CultureInfo.InvariantCulture, $"{Math.Ceiling(wait.TotalMinutes):0} min"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{wait.TotalHours:0.#} h"),
    };

    private static TimeSpan? Milliseconds(string? value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var ms) && ms >= 0 ? TimeSpan.FromMilliseconds(ms) : null;

    private static TimeSpan Until(DateTimeOffset date, TimeProvider time)
    {
        var wait = date - time.GetUtcNow();
        return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
    }
}
