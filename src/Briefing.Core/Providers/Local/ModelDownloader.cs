using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Briefing.Briefings;

namespace Briefing.Providers.Local;

/// <summary>Downloads a model file resumably (HTTP Range) into a ".part" file and installs it only once it is whole and verified.</summary>
/// <remarks>An interrupted download keeps its ".part" file so the next pull continues; a file that fails the checksum or is not GGUF is deleted.</remarks>
internal sealed class ModelDownloader(HttpClient http)
{
    private const int BufferSize = 1 << 16;

    public async Task<DownloadResult> DownloadAsync(
        Uri url, string destination, string? expectedSha256, IProgress<DownloadProgress>? progress, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(destination)) ?? ".");
        var partial = destination + LocalModelStore.PartialSuffix;
        var resumed = await FetchAsync(url, partial, progress, cancellationToken);

        var sha256 = await HashAsync(partial, cancellationToken);
        if (expectedSha256 is not null && !string.Equals(sha256, expectedSha256, StringComparison.OrdinalIgnoreCase))
        {
            File.Delete(partial);
            throw new ModelException($"Checksum mismatch for {url}: expected SHA-256 {expectedSha256.ToLowerInvariant()}, got {sha256}; the download was deleted.");
        }

        if (!await GgufFile.HasSignatureAsync(partial, cancellationToken))
        {
            File.Delete(partial);
            throw new ModelException($"{url} did not return a GGUF model file; the download was deleted.");
        }

        File.Move(partial, destination, overwrite: true);
        return new DownloadResult(destination, new FileInfo(destination).Length, sha256, expectedSha256 is not null, resumed);
    }

    /// <summary>Fills the partial file; returns true when it continued an earlier, interrupted download.</summary>
    private async Task<bool> FetchAsync(Uri url, string partial, IProgress<DownloadProgress>? progress, CancellationToken cancellationToken)
    {
        var offset = File.Exists(partial) ? new FileInfo(partial).Length : 0;
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (offset > 0)
        {
            request.Headers.Range = new RangeHeaderValue(offset, null);
        }

        using var response = await SendAsync(request, url, cancellationToken);
        if (response.StatusCode == HttpStatusCode.RequestedRangeNotSatisfiable)
        {
            // The partial file does not match what the server has now (it changed, or the file is already longer): start over.
            File.Delete(partial);
            return await FetchAsync(url, partial, progress, cancellationToken);
        }

        if (!response.IsSuccessStatusCode)
        {
            throw new ModelException($"Downloading {url} failed with HTTP {(int)response.StatusCode} {response.ReasonPhrase}.");
        }

        var resumed = response.StatusCode == HttpStatusCode.PartialContent && response.Content.Headers.ContentRange?.From == offset;
        if (!resumed)
        {
            offset = 0; // The server sent the whole file.
        }

        var total = response.Content.Headers.ContentRange?.Length ?? (response.Content.Headers.ContentLength is { } length ? offset + length : null);
        await using var target = new FileStream(partial, resumed ? FileMode.Append : FileMode.Create, FileAccess.Write, FileShare.None, BufferSize, useAsync: true);
        await using var source = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[BufferSize];
        var written = offset;
        progress?.Report(new DownloadProgress(written, total));
        try
        {
            int read;
            while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
            {
                await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                written += read;
                progress?.Report(new DownloadProgress(written, total));
            }
        }
        catch (Exception e) when (e is IOException or HttpRequestException)
        {
            throw new ModelException($"The download of {url} was interrupted after {written:N0} bytes (the connection broke); run the same pull again to resume.", e)
            {
                IsTransient = true,
            };
        }

        if (total is { } expected && written != expected)
        {
            throw new ModelException($"The download of {url} ended after {written:N0} of {expected:N0} bytes; run the same pull again to resume.");
        }

        return resumed;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, Uri url, CancellationToken cancellationToken)
    {
        try
        {
            return await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            var reason = e.HttpRequestError switch
            {
                HttpRequestError.NameResolutionError => "its host name does not resolve",
                HttpRequestError.SecureConnectionError => "the TLS handshake failed",
                HttpRequestError.ConnectionError => "the connection was refused or dropped",
                _ => "the request failed",
            };
            throw new ModelException($"Could not reach {url}: {reason}; check the address and the network, then run the same pull again.", e)
            {
                IsTransient = true,
            };
        }
    }

    private static async Task<string> HashAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, useAsync: true);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
    }
}
