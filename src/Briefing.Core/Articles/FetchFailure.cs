using System.Net;

namespace Briefing.Articles;

/// <summary>Says in a sentence why an HTTP request failed, for pages and feeds alike.</summary>
internal static class FetchFailure
{
    public static string Describe(HttpRequestException e) => e.HttpRequestError switch
    {
        HttpRequestError.NameResolutionError => "the host name could not be resolved (check the URL and your network).",
        HttpRequestError.ConnectionError => "the server could not be reached (connection refused or dropped).",
        HttpRequestError.SecureConnectionError => "the TLS connection could not be established.",
        HttpRequestError.ResponseEnded => "the connection was cut before the server answered; try again later.",
        HttpRequestError.InvalidResponse => "the server's answer was not valid HTTP.",
        _ when e.InnerException is IOException => "the connection was cut before the server answered; try again later.",
        _ => e.StatusCode is HttpStatusCode status ? $"HTTP {(int)status}." : e.Message,
    };
}
