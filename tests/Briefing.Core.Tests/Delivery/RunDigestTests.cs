using AngleSharp.Html.Parser;
using Briefing.Fakes;
using Briefing.Support;

namespace Briefing.Delivery;

public sealed class RunDigestTests
{
    // Names and numbers the sample article does not contain: the digest must flag them where staff read it.
    private const string Invented = """
        {"briefing": "Russia has massed 130,000 troops near Ukraine while Olaf Scholz travels to Moscow for talks with Vladimir Putin.",
         "key_points": ["Lavrov advised Putin to keep talking with the West.", "Olaf Scholz will meet Putin in Moscow."],
         "language": "en"}
        """;

    [Fact]
    public async Task WriteAsync_ModelBriefingWithUnsupportedItems_DigestFlagsEachOneInEveryFormat()
    {
        using var bed = new WorkerTestbed();
        bed.Model = new RecordingChatCompletionService(_ => Invented);
        bed.AddSample();

        await bed.RunAsync();

        var page = new HtmlParser().ParseDocument(bed.ReadDigest(".html"));
        var flagged = page.QuerySelectorAll("#story-1 .flag li.unsupported").Select(li => li.TextContent).ToList();
        Assert.Contains(flagged, f => f.StartsWith("“130,000", StringComparison.Ordinal));
        Assert.Contains(flagged, f => f.StartsWith("“Olaf Scholz”", StringComparison.Ordinal));
        Assert.Contains("not checked: who did what", page.QuerySelector("#story-1 .flag")!.TextContent, StringComparison.Ordinal);
        foreach (var text in new[] { bed.ReadDigest(".md"), bed.ReadDigest(".txt") })
        {
            Assert.Contains("Check before use:", text, StringComparison.Ordinal);
            Assert.Contains("Olaf Scholz", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task WriteAsync_ArticleWithoutTitle_HeadingIsNotItsFileName()
    {
        using var bed = new WorkerTestbed();
        bed.AddToInbox("cape-verde-music.txt", "morna is the music of cape verde, sung in creole and played on guitar and cavaquinho by musicians on every island of the archipelago.\n\nits best-known singer toured the world for two decades and sold millions of records.");

        await bed.RunAsync(new Dictionary<string, string?> { ["Briefing:Model:Provider"] = "extractive" });

        var page = new HtmlParser().ParseDocument(bed.ReadDigest(".html"));
        var heading = page.QuerySelector("#story-1 h2")!.TextContent;
        Assert.DoesNotContain("cape-verde-music", heading, StringComparison.Ordinal);
        Assert.DoesNotContain(".txt", heading, StringComparison.Ordinal);
        Assert.Contains("inbox file cape-verde-music.txt", page.QuerySelector("#story-1 ul.sources")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_EachRun_ArchiveListsEveryDigestNewestFirst()
    {
        using var bed = new WorkerTestbed();
        var digests = Directory.CreateDirectory(Path.Combine(bed.Output, "digests")).FullName;
        await File.WriteAllTextAsync(Path.Combine(digests, "digest-2026-03-01-070000.html"), "<html></html>");
        await File.WriteAllTextAsync(Path.Combine(digests, "digest-2026-03-03-070000.html"), "<html></html>");
        bed.AddToInbox("bridge.txt", WorkerTestbed.BridgeArticle);

        var run = await bed.RunAsync(new Dictionary<string, string?> { ["Briefing:Model:Provider"] = "extractive" });

        var archive = new HtmlParser().ParseDocument(await File.ReadAllTextAsync(Path.Combine(bed.Output, "index.html")));
        var links = archive.QuerySelectorAll("li > a:first-child").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.Equal(
            [("digests/digest-2026-03-03-070000.html", "03/03/2026 07:00"), ($"digests/{run.Digest}.html", "02/03/2026 09:30"), ("digests/digest-2026-03-01-070000.html", "01/03/2026 07:00")],
            links);
        Assert.Empty(Directory.GetFiles(bed.Output, ".*"));
    }
}
