using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Briefing.Support;

/// <summary>A loopback feed with one of each hostile item (a javascript: link, a file: link, a redirect to a local file,
/// a page cut mid-body) and one good page, for the worker's fault tests in-process and as a process.</summary>
internal static class HostileFeed
{
    private const string GoodPage = """
        <html><head><title>Ferry timetable changes</title></head><body><article><h1>Ferry timetable changes</h1>
        <p>The harbour office published a new ferry timetable on Monday, with boats every twenty minutes from April.</p>
        <p>The ferry company expects more passengers in summer and will add two boats to the route across the bay.</p>
        <p>Residents welcome the change but worry about noise from the late boats in the evening, the office said.</p>
        </article></body></html>
        """;

    public static async Task Serve(HttpContext context)
    {
        var host = context.Request.Host.ToString();
        switch (context.Request.Path.Value)
        {
            case "/feed.xml":
                context.Response.ContentType = "application/rss+xml";
                await context.Response.WriteAsync(Rss(host));
                break;
            case "/good":
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.WriteAsync(GoodPage);
                break;
            case "/redirect":
                context.Response.StatusCode = StatusCodes.Status302Found;
                context.Response.Headers.Location = "file:///etc/passwd";
                break;
            case "/cut":
                // Promise a long page, send its start, then drop the connection.
                context.Response.ContentType = "text/html; charset=utf-8";
                context.Response.ContentLength = 100_000;
                await context.Response.WriteAsync("<html><body><article><p>The start of a page that never ends");
                await context.Response.Body.FlushAsync();
                context.Abort();
                break;
            default:
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                break;
        }
    }

    private static string Rss(string host)
    {
        var links = new[] { "javascript:alert(1)", "file:///etc/passwd", $"http://{host}/redirect", $"http://{host}/cut", $"http://{host}/good" };
        var items = string.Concat(links.Select((link, i) => string.Create(CultureInfo.InvariantCulture,
            $"<item><title>Item {i}</title><link>{link}</link><guid>item-{i}</guid><pubDate>Sun, 01 Mar 2026 0{i}:00:00 GMT</pubDate></item>")));
        return $"""
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Hostile news</title><link>http://{host}/</link><description>Test</description>{items}</channel></rss>
            """;
    }
}
