using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Briefing.Grounding;
using Briefing.Rendering;
using Briefing.State;
using Briefing.Support;

namespace Briefing.Delivery;

public sealed class DigestRenderingTests
{
    private static readonly GroundingDocument Flagged = new(
        "unsupported", GroundingCoverage.Checked, GroundingCoverage.NotChecked, 0.8,
        [new("number", "130,000 troops", "briefing"), new("name", "Olaf Scholz", "key point 1"), new("quote", "<b>we will win</b>", "key point 2")],
        null, []);

    [Fact]
    public void Html_HostileTitlesAndModelText_AreShownAsTextNotInterpreted()
    {
        var document = DigestFixtures.Document(
            "<script>alert(1)</script> [x](javascript:alert(2))", "evil.html", briefing: "<img src=x onerror=alert(3)> *bold*", points: "<iframe src=//evil></iframe>");
        var digest = DigestFixtures.Of([document], failures: 1) with { Failures = [new("<b>bad</b>", "reason <i>x</i>")] };

        var html = new DigestHtmlRenderer().Render(digest);
        var page = Parse(html);

        Assert.Empty(page.QuerySelectorAll("script, img, iframe, b, i"));
        Assert.Contains("<script>alert(1)</script>", page.QuerySelector("#story-1 h2")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=alert(3)> *bold*", page.QuerySelector("#story-1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("<b>bad</b>", page.QuerySelector("#not-briefed")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", string.Join(' ', page.QuerySelectorAll("a").Select(a => a.GetAttribute("href"))), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Html_EveryStory_LinksEachOfItsSources()
    {
        var digest = DigestFixtures.Of(
            [
                DigestFixtures.Document("Fire in the port", "https://www.example-news.com/fire?id=1&x=2"),
                DigestFixtures.Document("Port blaze", "https://other.example.org/blaze"),
                DigestFixtures.Document("Council vote", "council-vote.txt"),
            ],
            groups: [[0, 1], [2]]);

        var page = Parse(new DigestHtmlRenderer().Render(digest));

        var fire = page.QuerySelectorAll("#story-1 ul.sources li").ToList();
        Assert.Equal(2, fire.Count);
        Assert.Equal("https://www.example-news.com/fire?id=1&x=2", fire[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("example-news.com", fire[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("https://other.example.org/blaze", fire[1].QuerySelector("a")!.GetAttribute("href"));
        var council = Assert.Single(page.QuerySelectorAll("#story-2 ul.sources li"));
        Assert.Contains("inbox file council-vote.txt", council.TextContent, StringComparison.Ordinal);
        Assert.Equal("../briefings/2026-03-02-item-2-00000002.md", council.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void Html_UnsupportedItems_EveryOneAppearsWithWhatTheCheckCovers()
    {
        var digest = DigestFixtures.Of([DigestFixtures.Document("Talks", "https://example.com/talks", grounding: Flagged), DigestFixtures.Document("Calm", "calm.txt", grounding: new("grounded", GroundingCoverage.Checked, GroundingCoverage.NotChecked, 1, [], null, []))]);

        var page = Parse(new DigestHtmlRenderer().Render(digest));

        var flagged = page.QuerySelector("#story-1 .flag")!;
        Assert.Equal(["“130,000 troops” (number, in the summary)", "“Olaf Scholz” (name, in key point 1)", "“<b>we will win</b>” (quote, in key point 2)"],
            flagged.QuerySelectorAll("li.unsupported").Select(li => li.TextContent));
        Assert.Contains("checked: numbers, names, quotes — not checked: who did what", flagged.TextContent, StringComparison.Ordinal);
        Assert.Contains("checked: numbers, names, quotes — not checked: who did what", page.QuerySelector("#story-2 .fine")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_Page_HasNoScriptAndNoUrlOtherThanArticlesAndItsOwnFiles()
    {
        var digest = DigestFixtures.Of([DigestFixtures.Document("Talks", "https://example.com/talks"), DigestFixtures.Document("Vote", "vote.txt")], failures: 1);

        var page = Parse(new DigestHtmlRenderer().Render(digest));

        Assert.Empty(page.QuerySelectorAll("script, link, img, iframe, object, embed, base"));
        var urls = page.QuerySelectorAll("[src], [href]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? string.Empty).ToList();
        Assert.All(urls, url => Assert.True(url == "https://example.com/talks" || url.StartsWith('#') || url.StartsWith("../briefings/", StringComparison.Ordinal), url));
        Assert.DoesNotContain("@import", page.QuerySelector("style")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("url(", page.QuerySelector("style")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_Overview_ComesFirstAndEachLineLinksToItsStory()
    {
        var digest = DigestFixtures.Of([DigestFixtures.Document("One", "one.txt", points: "First point."), DigestFixtures.Document("Two", "two.txt", points: "Second point.")]);

        var page = Parse(new DigestHtmlRenderer().Render(digest));

        var cards = page.QuerySelectorAll("table.card").Select(t => t.Id).ToList();
        Assert.Equal(["today", "story-1", "story-2", "totals"], cards);
        var links = page.QuerySelectorAll("#today li a").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.Equal([("#story-1", "First point."), ("#story-2", "Second point.")], links);
    }

    [Fact]
    public void Html_StoryContinuingAnEarlierOne_ShowsTheUpdatedBadge()
    {
        var digest = DigestFixtures.Of([DigestFixtures.Document("Ship hits bridge", "ship.txt")]);
        var earlier = new StoredStory("s0", "Ship hits bridge on the Rhine", DigestFixtures.RunAt.AddDays(-1), ["old"]);
        digest = digest with { Stories = [digest.Stories[0] with { UpdateOf = earlier }] };

        var page = Parse(new DigestHtmlRenderer().Render(digest));

        Assert.Equal("Updated", page.QuerySelector("#story-1 h2 span")!.TextContent);
        Assert.Contains("continues “Ship hits bridge on the Rhine”, briefed 01/03/2026 07:30", page.QuerySelector("#story-1")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_PendingArticles_ListedApartFromFailures()
    {
        var digest = DigestFixtures.Of([DigestFixtures.Document("One", "one.txt")], failures: 1) with { Pending = [new("two.txt", "The model did not answer.", 2, 5)] };

        var page = Parse(new DigestHtmlRenderer().Render(digest));

        Assert.Contains("two.txt (attempt 2 of 5): The model did not answer.", page.QuerySelector("#pending")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("two.txt", page.QuerySelector("#not-briefed")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Formats_SameDigest_SameSectionsInTheSameOrder()
    {
        var digest = DigestFixtures.Of([DigestFixtures.Document("One", "one.txt"), DigestFixtures.Document("Two", "https://example.com/two")], failures: 1) with { Pending = [new("p.txt", "Later.", 1, 5)] };
        string[] sections = ["Today in brief", "1. One", "2. Two", "Not briefed", "To be retried", "Totals"];

        foreach (var text in new[] { new DigestMarkdownRenderer().Render(digest), new DigestTextRenderer().Render(digest), Parse(new DigestHtmlRenderer().Render(digest)).Body!.TextContent })
        {
            var positions = sections.Select(s => text.IndexOf(s, StringComparison.Ordinal)).ToList();
            Assert.All(positions, p => Assert.True(p >= 0, text));
            Assert.Equal(positions.Order(), positions);
        }
    }

    [Fact]
    public void Text_ArticleTextWithLineBreaks_CannotForgeStructure()
    {
        var digest = DigestFixtures.Of([DigestFixtures.Document("Title\nTotals\n------", "one.txt", briefing: "Line one\r\nLine two")]);

        var text = new DigestTextRenderer().Render(digest);

        Assert.Contains("1. Title Totals ------", text, StringComparison.Ordinal);
        Assert.Contains("Line one Line two", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Formats_StaffText_NamesNoConfigurationKey()
    {
        var digest = DigestFixtures.Of([DigestFixtures.Document("One", "one.txt", new BriefingDocument.UsageDocument(10, 5, 15, false, 0.1m, 1, false))]);

        foreach (var text in new[] { new DigestMarkdownRenderer().Render(digest), new DigestTextRenderer().Render(digest), new DigestHtmlRenderer().Render(digest) })
        {
            Assert.DoesNotContain("Briefing:", text, StringComparison.Ordinal);
            Assert.DoesNotContain("side-car", text, StringComparison.Ordinal);
        }
    }

    private static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);
}
