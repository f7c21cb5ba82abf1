using Briefing.Sources;
using Briefing.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Delivery;

public sealed class FeedFailureWriterTests
{
    private static readonly Uri Feed = new("https://news.example.org/feed.xml");

    [Fact]
    public async Task WriteAsync_MultiLineReason_IsWrittenAsOneLine()
    {
        using var folder = new TemporaryFolder();
        await using var services = Services(folder);
        var item = new FeedItem("id-1", new Uri("https://news.example.org/2026/03/ferry?id=7"), "Ferry\nTimetable");

        var path = await services.GetRequiredService<FeedFailureWriter>().WriteAsync(Feed, item, "The model failed.\r\nSecond line.", CancellationToken.None);

        Assert.Equal(folder.Combine("out", "failed"), Path.GetDirectoryName(path));
        Assert.Matches(@"^2026-03-02-news-example-org-2026-03-ferry-id-7-[0-9a-f]{8}\.reason\.txt$", Path.GetFileName(path));
        Assert.Equal(
            """
            url: https://news.example.org/2026/03/ferry?id=7
            feed: https://news.example.org/feed.xml
            title: Ferry Timetable
            failed at: 2026-03-02T08:30:00.0000000+00:00
            reason: The model failed. Second line.
            The item is quarantined: later runs do not fetch it again.

            """.ReplaceLineEndings("\n"),
            await File.ReadAllTextAsync(path));
    }

    [Fact]
    public async Task WriteAsync_LongUrlsWithTheSamePrefix_GetTheirOwnFiles()
    {
        using var folder = new TemporaryFolder();
        await using var services = Services(folder);
        var writer = services.GetRequiredService<FeedFailureWriter>();
        var prefix = "https://news.example.org/" + new string('a', 100);

        var first = await writer.WriteAsync(Feed, new FeedItem("1", new Uri(prefix + "/one"), null), "Failed.", CancellationToken.None);
        var second = await writer.WriteAsync(Feed, new FeedItem("2", new Uri(prefix + "/two"), null), "Failed.", CancellationToken.None);

        Assert.NotEqual(first, second);
        Assert.Equal(2, Directory.GetFiles(folder.Combine("out", "failed")).Length);
    }

    private static ServiceProvider Services(TemporaryFolder folder) => TestPipeline.Create(settings: new Dictionary<string, string?>
    {
        ["Briefing:Worker:InboxFolders:0"] = folder.Combine("inbox"),
        ["Briefing:Worker:OutputFolder"] = folder.Combine("out"),
        ["Briefing:Worker:StateDatabase"] = folder.Combine("state.db"),
        ["Briefing:Worker:TimeZone"] = "UTC",
    });
}
