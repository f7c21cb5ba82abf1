using System.Globalization;
using Microsoft.Extensions.Options;

namespace Briefing.Articles;

/// <summary>Reads an article's bytes from a file, standard input or an http(s) URL, within the size limit.</summary>
internal sealed class ArticleReader(HttpClient http, IOptions<IngestOptions> options, Func<Stream>? standardInput = null)
{
    private readonly IngestOptions _options = options.Value;

    public Task<RawArticle> ReadAsync(ArticleInput input, CancellationToken cancellationToken)
    {
        if (input.IsStandardInput)
        {
            return ReadStandardInputAsync(cancellationToken);
        }

        if (input.Url is { } url)
        {
            return FetchAsync(url, cancellationToken);
        }

        // "ftp://...", "javascript:..." and the like are addresses, not file names; say so instead of "file not found".
        if (!File.Exists(input.Location) && Uri.TryCreate(input.Location, UriKind.Absolute, out var other) && other.Scheme.Length > 1 && !other.IsFile)
        {
            throw new ArticleException(
                ArticleErrorKind.FetchFailed,
                $"'{input.Location}' is a {other.Scheme}: address; only http and https URLs are fetched (or pass a file path or '-' for stdin).") { IsTransient = false };
        }

        return ReadFileAsync(input.Location, cancellationToken);
    }

    private async Task<RawArticle> ReadStandardInputAsync(CancellationToken cancellationToken)
    {
        await using var stream = standardInput?.Invoke() ?? Console.OpenStandardInput();
        var bytes = await ReadLimitedAsync(stream, "standard input", cancellationToken);
        return new RawArticle("stdin", bytes, null, null);
    }

    private async Task<RawArticle> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        var file = new FileInfo(path);
        if (Directory.Exists(path))
        {
            throw new ArticleException(ArticleErrorKind.NotFound, $"'{path}' is a directory; pass an article file, a URL or '-' for stdin.");
        }

        if (!file.Exists)
        {
            throw new ArticleException(ArticleErrorKind.NotFound, $"File not found: '{path}'. Check the path, or pass a URL or '-' for stdin.");
        }

        ThrowIfTooLarge(file.Length, path);
        try
        {
            await using var stream = file.OpenRead();
            var bytes = await ReadLimitedAsync(stream, path, cancellationToken);
            return new RawArticle(path, bytes, null, file.Extension);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ArticleException(ArticleErrorKind.NotFound, $"File not found: '{path}' (it went away while being read).", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new ArticleException(ArticleErrorKind.NotFound, $"'{path}' cannot be read: permission denied.", e);
        }
        catch (IOException e)
        {
            // An I/O error while reading the input is the input's failure, not a failure to write the output.
            throw new ArticleException(ArticleErrorKind.NotFound, $"'{path}' could not be read: {e.Message.Split(" : ")[0].TrimEnd('.')}.", e);
        }
    }

    private async Task<RawArticle> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.FetchTimeout);
        try
        {
            using var response = await HttpRedirects.GetAsync(http, url, PageRequest, timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                throw new ArticleException(ArticleErrorKind.FetchFailed, $"Fetching {url} failed: HTTP {(int)response.StatusCode} {response.ReasonPhrase}.");
            }

            var contentType = response.Content.Headers.ContentType?.MediaType;
            if (contentType is not null && !IsTextual(contentType))
            {
                throw new ArticleException(ArticleErrorKind.UnsupportedContent, $"{url} returned '{contentType}', not an HTML or text page.");
            }

            if (response.Content.Headers.ContentLength is { } length)
            {
                ThrowIfTooLarge(length, url.ToString());
            }

            await using var stream = await response.Content.ReadAsStreamAsync(timeout.Token);
            var bytes = await ReadLimitedAsync(stream, url.ToString(), timeout.Token);
            return new RawArticle(url.ToString(), bytes, contentType, Path.GetExtension(url.AbsolutePath));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ArticleException(ArticleErrorKind.FetchFailed, $"Fetching {url} timed out after {_options.FetchTimeout.TotalSeconds:0} s.");
        }
        catch (HttpRequestException e)
        {
            throw new ArticleException(ArticleErrorKind.FetchFailed, $"Fetching {url} failed: {FetchFailure.Describe(e)}", e);
        }
        catch (UriFormatException e)
        {
            throw new ArticleException(ArticleErrorKind.FetchFailed, $"Fetching {url} failed: it redirects to an address that is not a valid http(s) URL.", e) { IsTransient = false };
        }
        catch (IOException e)
        {
            // The headers arrived but the body did not: the server or the network dropped the connection.
            throw new ArticleException(ArticleErrorKind.FetchFailed, $"Fetching {url} failed: the connection was cut while reading the page; try again later.", e);
        }
    }

    private HttpRequestMessage PageRequest(Uri url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.UserAgent.ParseAdd(_options.UserAgent);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,text/plain,text/markdown;q=0.9");
        return request;
    }

    private static bool IsTextual(string mediaType) =>
        mediaType.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
        || mediaType.Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase)
        || mediaType.Equals("application/xml", StringComparison.OrdinalIgnoreCase);

    private async Task<ReadOnlyMemory<byte>> ReadLimitedAsync(Stream stream, string source, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            ThrowIfTooLarge(buffer.Length + read, source);
            buffer.Write(chunk, 0, read);
        }

        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    private void ThrowIfTooLarge(long length, string source)
    {
        if (length > _options.MaxArticleBytes)
        {
            throw new ArticleException(
                ArticleErrorKind.TooLarge,
                $"'{source}' is larger than the {DescribeLimit(_options.MaxArticleBytes)} limit; raise Briefing:Ingest:MaxArticleBytes if this is intended.");
        }
    }

    // A limit that is not a whole number of kilobytes is stated in bytes, so a small limit never reads as "0 KB".
    private static string DescribeLimit(long bytes) =>
        bytes % 1024 == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024:N0} KB")
            : string.Create(CultureInfo.InvariantCulture, $"{bytes:N0}-byte");
}
