using System.Globalization;

namespace Briefing.Delivery;

/// <summary>Writes a run's digest as Markdown and HTML, atomically, under a name made of the run's local date and time.</summary>
/// <remarks>Two runs in the same second get "-2", "-3" … rather than one digest replacing the other; the state lock keeps
/// two runs from choosing a name at the same moment.</remarks>
public sealed class DigestWriter(DigestMarkdownRenderer markdown, DigestHtmlRenderer html, AtomicFileWriter writer, OutputLayout layout)
{
    /// <summary>Writes both files and returns the digest's name (without extension).</summary>
    public async Task<string> WriteAsync(Digest digest, CancellationToken cancellationToken)
    {
        var local = TimeZoneInfo.ConvertTime(digest.RunAt, digest.Zone);
        var stamp = "digest-" + local.ToString("yyyy-MM-dd-HHmmss", CultureInfo.InvariantCulture);
        var name = stamp;
        for (var n = 2; File.Exists(layout.Digest(name, ".md")) || File.Exists(layout.Digest(name, ".html")); n++)
        {
            name = $"{stamp}-{n}";
        }

        var text = markdown.Render(digest);
        var title = "Briefing digest " + local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        await writer.WriteAsync(layout.Digest(name, ".html"), html.Render(text, title), cancellationToken);
        await writer.WriteAsync(layout.Digest(name, ".md"), text, cancellationToken);
        return name;
    }
}
