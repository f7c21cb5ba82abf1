using System.Globalization;

namespace Briefing.Delivery;

/// <summary>Writes a run's digest as HTML, Markdown and plain text, atomically, under a name made of the run's local date
/// and time, then rewrites the archive page.</summary>
public sealed class DigestWriter(
    DigestMarkdownRenderer markdown, DigestHtmlRenderer html, DigestTextRenderer text, DigestArchive archive, AtomicFileWriter writer, OutputLayout layout)
{
    /// <summary>Writes the files and returns the digest's name (without extension).</summary>
    public async Task<string> WriteAsync(Digest digest, CancellationToken cancellationToken)
    {
        var local = TimeZoneInfo.ConvertTime(digest.RunAt, digest.Zone);
        var name = "digest-" + local.ToString("yyyy-MM-dd-HHmmss", CultureInfo.InvariantCulture);
        // The plain text and Markdown go first: the HTML appearing is what tells a reader (or a mailer) the set is complete.
        await writer.WriteAsync(layout.Digest(name, ".txt"), text.Render(digest), cancellationToken);
        await writer.WriteAsync(layout.Digest(name, ".md"), markdown.Render(digest), cancellationToken);
        await writer.WriteAsync(layout.Digest(name, ".html"), html.Render(digest), cancellationToken);
        await archive.WriteAsync(digest.Culture, cancellationToken);
        return name;
    }
}
