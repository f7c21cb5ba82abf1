using System.Globalization;
using System.Net;
using System.Text;

namespace Briefing.Delivery;

/// <summary>Writes <c>index.html</c> in the output folder: every digest, newest first, rewritten atomically after each run.</summary>
/// <remarks>Built from the digests folder itself, so a digest deleted by hand drops out and one from an earlier version shows up.</remarks>
internal sealed class DigestArchive(AtomicFileWriter writer, OutputLayout layout)
{
    public async Task WriteAsync(CultureInfo culture, CancellationToken cancellationToken)
    {
        var digests = Directory.Exists(layout.Digests)
            ? Directory.EnumerateFiles(layout.Digests, "digest-*.html").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal).Reverse().ToList()
            : [];
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(WebUtility.HtmlEncode(culture.TwoLetterISOLanguageName)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"color-scheme\" content=\"light dark\">\n<title>Briefing digests</title>\n</head>\n")
            .Append("<body style=\"margin:0 auto;max-width:40em;padding:16px;font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;line-height:1.5;\">\n")
            .Append("<h1 style=\"font-size:26px;\">Briefing digests</h1>\n");
        if (digests.Count == 0)
        {
            html.Append("<p>No digest yet.</p>\n");
        }
        else
        {
            html.Append("<ul>\n");
            foreach (var name in digests)
            {
                var file = Uri.EscapeDataString(name);
                html.Append("<li><a href=\"digests/").Append(file).Append(".html\">").Append(WebUtility.HtmlEncode(Label(name, culture))).Append("</a>")
                    .Append(" · <a href=\"digests/").Append(file).Append(".txt\">plain text</a></li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("</body>\n</html>\n");
        await writer.WriteAsync(layout.Archive, html.ToString(), cancellationToken);
    }

    // "digest-2026-03-10-070000" reads as the run's local date and time; a name in another shape is shown as it is.
    private static string Label(string name, CultureInfo culture) =>
        DateTime.TryParseExact(name.Replace("digest-", string.Empty, StringComparison.Ordinal)[..Math.Min(17, name.Length - 7)], "yyyy-MM-dd-HHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            ? at.ToString("g", culture)
            : name;
}
