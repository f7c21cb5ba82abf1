using System.Globalization;

namespace Briefing.Delivery;

/// <summary>Writes a run's digest as Markdown and HTML, atomically, under a name made of the run's local date and time.</summary>
public sealed class DigestWriter(DigestMarkdownRenderer markdown, DigestHtmlRenderer html, AtomicFileWriter writer, OutputLayout layout)
{
    /// <summary>Writes both files and returns the digest's name (without extension).</summary>
    public async Task<string> WriteAsync(Digest digest, CancellationToken cancellationToken)
    {
        var local = TimeZoneInfo.ConvertTime(digest.RunAt, digest.Zone);
        var name = "digest-" + local.ToString("yyyy-MM-dd-HHmmss", CultureInfo.InvariantCulture);
        var text = markdown.Render(digest);
        var title = "Briefing digest " + local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        await writer.WriteAsync(layout.Digest(name, ".html"), html.Render(text, title), cancellationToken);
        await writer.WriteAsync(layout.Digest(name, ".md"), text, cancellationToken);
        return name;
    }
}
