using System.Globalization;
using Briefing.Briefings;

namespace Briefing.Providers;

/// <summary>Reads each provider reply whole, within a size bound, inside the attempt that received it.</summary>
/// <remarks>
/// The OpenAI client reads the body after the resilience pipeline has returned, so a connection cut mid-body used to escape
/// the retry as an unreadable reply. Read here, the cut is a network failure the retry sees, like a cut before the headers.
/// The bound keeps a runaway or hostile endpoint from filling memory, and names the problem instead of a confusing later error.
/// </remarks>
internal sealed class BoundedReplyHandler(long maxBytes) : DelegatingHandler
{
    private const int BufferSize = 81_920;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (response.Content.Headers.ContentType?.MediaType == "text/event-stream")
        {
            // A stream is read as it arrives, by design; briefings never ask for one.
            return response;
        }

        try
        {
            if (response.Content.Headers.ContentLength > maxBytes)
            {
                throw TooLarge();
            }

            var body = await ReadAsync(response.Content, cancellationToken);
            var content = new ByteArrayContent(body);
            foreach (var header in response.Content.Headers)
            {
                content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            response.Content.Dispose();
            response.Content = content;
            return response;
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private async Task<byte[]> ReadAsync(HttpContent content, CancellationToken cancellationToken)
    {
        using var body = new MemoryStream();
        var buffer = new byte[BufferSize];
        try
        {
            await using var stream = await content.ReadAsStreamAsync(cancellationToken);
            int read;
            while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
            {
                if (body.Length + read > maxBytes)
                {
                    throw TooLarge();
                }

                body.Write(buffer, 0, read);
            }
        }
        catch (IOException e)
        {
            throw new HttpRequestException(HttpRequestError.ResponseEnded, "The connection closed before the model's reply was complete.", e);
        }

        return body.ToArray();
    }

    private ModelException TooLarge() => new(string.Create(
        CultureInfo.InvariantCulture,
        $"The model's reply was larger than {Size(maxBytes)} (Briefing:Model:MaxReplyBytes), so it was not read; check the endpoint, or raise the limit if such replies are expected."));

    /// <summary>A byte count as a reader would say it: "1 MB", or "5,000 bytes".</summary>
    internal static string Size(long bytes) => bytes >= 1 << 20 && bytes % (1 << 20) == 0
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes >> 20:N0} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes:N0} bytes");
}
