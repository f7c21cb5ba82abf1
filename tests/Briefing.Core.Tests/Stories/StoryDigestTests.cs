using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Briefing.Support;
using Microsoft.AspNetCore.Http;

namespace Briefing.Stories;

/// <summary>A whole worker pass over an inbox and three loopback outlets: one event carried by all three, two more events once each.</summary>
public sealed partial class StoryDigestTests
{
    [Fact]
    public async Task RunAsync_ThreeOutletsOnOneEventAndTwoSingleEvents_DigestHasThreeStoriesTheSharedOneFirst()
    {
        await using var harbourNews = await Outlet([("fire", StoryFixtures.WarehouseFire(0)), ("marathon", StoryFixtures.CityMarathon())]);
        await using var cityPost = await Outlet([("blaze", StoryFixtures.WarehouseFire(1))]);
        await using var morningWire = await Outlet([("smoke", StoryFixtures.WarehouseFire(2))]);
        using var bed = new WorkerTestbed();
        var truck = StoryFixtures.TruckLaunch();
        bed.AddToInbox("tesla-truck.txt", $"{truck.Title}\n\n{truck.Text}");
        var settings = new Dictionary<string, string?> { ["Briefing:Model:Provider"] = "extractive" };
        foreach (var (server, i) in new[] { harbourNews, cityPost, morningWire }.Select((s, i) => (s, i)))
        {
            settings[$"Briefing:Worker:Feeds:{i}:Url"] = server.Url("/feed.xml").ToString();
        }

        var summary = await bed.RunAsync(settings);

        Assert.Equal(5, summary.Count(Worker.ArticleOutcome.Briefed));
        var page = new HtmlParser().ParseDocument(bed.ReadDigest(".html"));
        var stories = page.QuerySelectorAll("table.card[id^=story-]").ToList();
        Assert.Equal(3, stories.Count);
        Assert.Equal(3, page.QuerySelectorAll("#today li").Length);
        Assert.Equal(["#story-1", "#story-2", "#story-3"], page.QuerySelectorAll("#today li a").Select(a => a.GetAttribute("href")));
        Assert.Contains(stories[0].QuerySelector("h2")!.TextContent, Enumerable.Range(0, 3).Select(i => "1. " + StoryFixtures.WarehouseFire(i).Title));
        Assert.Contains("3 sources", stories[0].TextContent, StringComparison.Ordinal);
        var links = stories[0].QuerySelectorAll("ul.sources li > a:first-child").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(
            new[] { harbourNews.Url("/story/fire"), cityPost.Url("/story/blaze"), morningWire.Url("/story/smoke") }.Select(u => u.AbsoluteUri).Order(StringComparer.Ordinal),
            links.Order(StringComparer.Ordinal));
        Assert.Contains("inbox file tesla-truck.txt", page.Body!.TextContent, StringComparison.Ordinal);
        Snapshot.Match(Port().Replace(bed.ReadDigest(".md"), "127.0.0.1:PORT"), SnapshotNameExtension.Create("md"));
    }

    [Fact]
    public async Task RunAsync_ModelAndTwoReportsOfOneEvent_StoryBriefingComesFromTheStoryPrompt()
    {
        const string StoryReply = """
            {"briefing": "A fire destroyed a timber warehouse in the port of Hamburg; more than 200 firefighters fought it for six hours.",
             "key_points": ["Nobody was injured.", "Residents were told to keep their windows closed."],
             "language": "en"}
            """;
        using var bed = new WorkerTestbed();
        bed.Model = new Fakes.RecordingChatCompletionService(history =>
            history.Any(m => m.Content?.Contains("reports of one news story", StringComparison.Ordinal) == true) ? StoryReply : FakeReplies.Sample);
        foreach (var i in new[] { 0, 1 })
        {
            var report = StoryFixtures.WarehouseFire(i);
            bed.AddToInbox($"fire-{i}.txt", $"{report.Title}\n\n{report.Text}");
        }

        await bed.RunAsync();

        var page = new HtmlParser().ParseDocument(bed.ReadDigest(".html"));
        var story = Assert.Single(page.QuerySelectorAll("table.card[id^=story-]"));
        Assert.Contains("more than 200 firefighters fought it for six hours", story.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, story.QuerySelectorAll("ul.sources li").Length);
        Assert.Contains("- Model calls: 4", bed.ReadDigest(".md"), StringComparison.Ordinal);
    }

    private static Task<LocalHttpServer> Outlet(IReadOnlyList<(string Slug, StoryCandidate Article)> items) =>
        LocalHttpServer.StartAsync(context => Serve(context, items));

    private static async Task Serve(HttpContext context, IReadOnlyList<(string Slug, StoryCandidate Article)> items)
    {
        var path = context.Request.Path.Value ?? "/";
        var host = context.Request.Host.ToString();
        if (path == "/feed.xml")
        {
            context.Response.ContentType = "application/rss+xml";
            var entries = items.Select(i => $"<item><title>{WebUtility.HtmlEncode(i.Article.Title)}</title><link>http://{host}/story/{i.Slug}</link><guid>{i.Slug}</guid>"
                + $"<pubDate>{i.Article.PublishedAt!.Value.ToString("R", CultureInfo.InvariantCulture)}</pubDate></item>");
            await context.Response.WriteAsync($"""
                <?xml version="1.0" encoding="utf-8"?>
                <rss version="2.0"><channel><title>News</title><link>http://{host}/</link><description>News</description>
                {string.Join("\n", entries)}
                </channel></rss>
                """);
            return;
        }

        var item = items.FirstOrDefault(i => path == "/story/" + i.Slug);
        if (item.Slug is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var paragraphs = item.Article.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => $"<p>{WebUtility.HtmlEncode(p)}</p>");
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync($"""
            <html><head><title>{WebUtility.HtmlEncode(item.Article.Title)}</title></head><body><article><h1>{WebUtility.HtmlEncode(item.Article.Title)}</h1>
            {string.Join("\n", paragraphs)}
            </article></body></html>
            """);
    }

    [GeneratedRegex(@"127\.0\.0\.1:\d+")]
    private static partial Regex Port();
}
