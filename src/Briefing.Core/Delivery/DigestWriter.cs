using System.Globalization;

namespace Briefing.Delivery;

/// <summary>Writes a run's digest as HTML, Markdown and plain text, atomically, under a name made of the run's local date
/// and time, then rewrites the archive page.</summary>
/// <remarks>Two runs in the same second get "-2", "-3" … rather than one digest replacing the other; the state lock keeps
/// two runs from choosing a name at the same moment.</remarks>
internal sealed class DigestWriter(
    DigestMarkdownRenderer markdown, DigestHtmlRenderer html, DigestTextRenderer text, DigestArchive archive, AtomicFileWriter writer, OutputLayout layout)
{
    /// <summary>Writes the files and returns the digest's name (without extension).</summary>
    public async Task<string> WriteAsync(Digest digest, CancellationToken cancellationToken)
    {
        var local = TimeZoneInfo.ConvertTime(digest.RunAt, digest.Zone);
        var stamp = "digest-" + local.ToString("yyyy-MM-dd-HHmmss", CultureInfo.InvariantCulture);
        var name = stamp;
        for (var n = 2; File.Exists(layout.Digest(name, ".md")) || File.Exists(layout.Digest(name, ".html")) || File.Exists(layout.Digest(name, ".txt")); n++)
        {
            name = $"{stamp}-{n}";
        }

        // The plain text and Markdown go first: the HTML appearing is what tells a reader (or a mailer) the set is complete.
        await writer.WriteAsync(layout.Digest(name, ".txt"), text.Render(digest), cancellationToken);
        await writer.WriteAsync(layout.Digest(name, ".md"), markdown.Render(digest), cancellationToken);
        await writer.WriteAsync(layout.Digest(name, ".html"), html.Render(digest), cancellationToken);
        await archive.WriteAsync(digest.Culture, cancellationToken);
        return name;
    }
}
