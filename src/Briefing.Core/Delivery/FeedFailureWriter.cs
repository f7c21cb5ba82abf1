using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Briefing.Sources;
using Briefing.Worker;
using Microsoft.Extensions.Options;

namespace Briefing.Delivery;

/// <summary>Records a feed item that could not be briefed as a reason file in the output folder's failed/ folder.</summary>
/// <remarks>
/// An inbox file is quarantined by moving it; a feed item has no file to move, so without this file its failure would
/// live only in the state database and one digest. The name is the run's local date, a slug of the item's URL and a
/// hash of the whole URL, so two long URLs never collide.
/// </remarks>
internal sealed class FeedFailureWriter(AtomicFileWriter writer, OutputLayout layout, BriefingFileNamer namer, IOptions<WorkerOptions> options, TimeProvider time)
{
    /// <summary>Writes the reason file and returns its path.</summary>
    public async Task<string> WriteAsync(Uri feed, FeedItem item, string reason, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, options.Value.FindZone()).DateTime);
        var url = item.Link.ToString();
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url)));
        var path = layout.FailureReason(namer.Stem(date, item.Link.Host + item.Link.PathAndQuery, url, hash));
        var text = new StringBuilder()
            .Append("url: ").AppendLine(url)
            .Append("feed: ").AppendLine(feed.ToString())
            .Append("title: ").AppendLine(OneLine(item.Title ?? string.Empty))
            .Append("failed at: ").AppendLine(now.ToString("O", CultureInfo.InvariantCulture))
            .Append("reason: ").AppendLine(OneLine(reason))
            .AppendLine("The item is quarantined: later runs do not fetch it again.")
            .ToString();
        await writer.WriteAsync(path, text.ReplaceLineEndings("\n"), cancellationToken);
        return path;
    }

    // A reason from an exception can span lines; the file keeps one field per line.
    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
