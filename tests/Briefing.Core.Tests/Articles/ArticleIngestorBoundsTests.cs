using System.Diagnostics;
using System.Text;
using Briefing.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Articles;

/// <summary>Hostile markup costs one article a bounded moment, never the process.</summary>
public sealed class ArticleIngestorBoundsTests
{
    private const string Paragraph = "<p>The council approved the budget on Monday after a long debate that ended close to midnight.</p>";

    [Fact]
    public void Parse_Html5000LevelsDeep_IsRefusedAtOnceAsTooDeep()
    {
        var html = Page(string.Concat(Enumerable.Repeat("<div>", 5000)) + Paragraph + string.Concat(Enumerable.Repeat("</div>", 5000)));
        var clock = Stopwatch.StartNew();

        var error = Assert.Throws<ArticleException>(() => Ingest.Text(html, ".html"));

        Assert.Equal(ArticleErrorKind.TooDeep, error.Kind);
        Assert.Equal(
            "'test.html' nests its HTML elements more than 256 levels deep, which no article needs; it was not parsed (limit: Briefing:Ingest:MaxHtmlDepth).",
            error.Message);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Parse_MisnestedFormattingThatTheParserNestsDeeply_IsRefusedAtOnce()
    {
        // No element is open in the markup, yet the parser re-opens every <b> inside the next <div>: 60,000 levels.
        var html = Page(string.Concat(Enumerable.Range(0, 60_000).Select(i => $"<div><b id={i}>x</div>")));
        var clock = Stopwatch.StartNew();

        var error = Assert.Throws<ArticleException>(() => Ingest.Text(html, ".html"));

        Assert.Equal(ArticleErrorKind.TooDeep, error.Kind);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"took {clock.Elapsed}");
    }

    [Fact]
    public void Parse_HtmlAtTheDepthLimit_IsRead()
    {
        var html = Page(string.Concat(Enumerable.Repeat("<div>", 250)) + Paragraph + string.Concat(Enumerable.Repeat("</div>", 250)));

        var article = Ingest.Text(html, ".html");

        Assert.Equal([ "The council approved the budget on Monday after a long debate that ended close to midnight." ], article.Paragraphs);
    }

    [Theory]
    [InlineData(">")]
    [InlineData("[")]
    public void Parse_MarkdownNestedPastMarkdigsLimit_IsRefusedAsTooDeep(string marker)
    {
        var markdown = "# Title\n\n" + new string(marker[0], 100_000) + " text\n\nA paragraph of body text.\n";

        var error = Assert.Throws<ArticleException>(() => Ingest.Text(markdown, ".md"));

        Assert.Equal(ArticleErrorKind.TooDeep, error.Kind);
        Assert.Equal("'test.md' nests its Markdown (quotes, lists, links or emphasis) too deeply to be an article; it was not parsed.", error.Message);
    }

    [Fact]
    public void Parse_PageSlowerThanParseTimeout_FailsAtTheDeadline()
    {
        using var services = SlowParseServices();
        var clock = Stopwatch.StartNew();

        var error = Assert.Throws<ArticleException>(() =>
            services.GetRequiredService<ArticleIngestor>().Parse(new RawArticle("slow.html", Encoding.UTF8.GetBytes(SlowPage()), null, ".html")));

        Assert.Equal(ArticleErrorKind.TooSlow, error.Kind);
        Assert.StartsWith("'slow.html' took longer than 1 s to read", error.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task IngestAsync_FileSlowerThanParseTimeout_FailsAtTheDeadline()
    {
        using var file = new TempFile(Encoding.UTF8.GetBytes(SlowPage()), ".html");
        using var services = SlowParseServices();
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<ArticleException>(() =>
            services.GetRequiredService<ArticleIngestor>().IngestAsync(new ArticleInput(file.Path), CancellationToken.None));

        Assert.Equal(ArticleErrorKind.TooSlow, error.Kind);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    // Many deep sections: each within the depth limit, together slow for the readability scorer.
    private static string SlowPage()
    {
        var section = string.Concat(Enumerable.Repeat("<div>", 200)) + Paragraph + string.Concat(Enumerable.Repeat("</div>", 200));
        return Page(string.Concat(Enumerable.Repeat(section, 850)));
    }

    private static ServiceProvider SlowParseServices() => TestPipeline.Create(
        settings: new Dictionary<string, string?> { ["Briefing:Ingest:ParseTimeout"] = "00:00:01" },
        configure: s => s.AddSingleton(TimeProvider.System));

    [Fact]
    public void Parse_LongLineOfParenthesesAndSlashes_IsReadInLinearTime()
    {
        var text = "Budget passes\n\n" + string.Concat(Enumerable.Repeat("(a/ ", 20_000)) + "\n\nThe council approved the budget on Monday.";
        var clock = Stopwatch.StartNew();

        var article = Ingest.Text(text);

        Assert.Equal(2, article.Paragraphs.Count);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"took {clock.Elapsed}");
    }

    private static string Page(string body) => $"<html><head><title>Budget</title></head><body>{body}</body></html>";
}
