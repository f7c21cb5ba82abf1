using System.Net;

namespace Briefing.Articles;

/// <summary>Sends a GET and follows redirects itself, so every address it is sent to is checked first.</summary>
/// <remarks>
/// A page or feed may redirect anywhere, including file: or javascript: addresses; the handler's own redirect logic
/// fails on those with an exception that says nothing to a user. Here only http and https are followed, at most
/// <see cref="MaxRedirects"/> times, and anything else is the fetch's failure with one line that names the address.
/// The clients used with this type are registered with automatic redirects turned off.
/// </remarks>
internal static class HttpRedirects
{
    public const int MaxRedirects = 10;

    /// <summary>The final response, after redirects; the caller disposes it.</summary>
    public static async Task<HttpResponseMessage> GetAsync(
        HttpClient http, Uri url, Func<Uri, HttpRequestMessage> request, CancellationToken cancellationToken)
    {
        var current = url;
        for (var hop = 0; ; hop++)
        {
            using var message = request(current);
            var response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!IsRedirect(response.StatusCode))
            {
                return response;
            }

            var status = (int)response.StatusCode;
            var location = response.Headers.Location;
            response.Dispose();
            current = Next(url, current, location, status);
            if (hop == MaxRedirects)
            {
                throw new ArticleException(ArticleErrorKind.FetchFailed, $"Fetching {url} failed: it redirected more than {MaxRedirects} times.") { IsTransient = false };
            }
        }
    }

    private static Uri Next(Uri url, Uri current, Uri? location, int status)
    {
        if (location is null)
        {
            throw new ArticleException(ArticleErrorKind.FetchFailed, $"Fetching {url} failed: HTTP {status} redirect without a valid Location header.") { IsTransient = false };
        }

        if (!location.IsAbsoluteUri && !Uri.TryCreate(current, location, out location))
        {
            throw new ArticleException(ArticleErrorKind.FetchFailed, $"Fetching {url} failed: it redirects to an address that is not a valid URL.") { IsTransient = false };
        }

        if (location.Scheme != Uri.UriSchemeHttp && location.Scheme != Uri.UriSchemeHttps)
        {
            throw new ArticleException(
                ArticleErrorKind.FetchFailed,
                $"Fetching {url} refused: it redirects to a non-web address ({location.Scheme}:), and only http and https pages are fetched.") { IsTransient = false };
        }

        return location;
    }

    private static bool IsRedirect(HttpStatusCode status) => status is
        HttpStatusCode.MultipleChoices or HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
        or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    /// <summary>The primary handler for clients that use this type: redirects are left to <see cref="GetAsync"/>.</summary>
    public static HttpMessageHandler Handler() => new SocketsHttpHandler { AllowAutoRedirect = false };
}
