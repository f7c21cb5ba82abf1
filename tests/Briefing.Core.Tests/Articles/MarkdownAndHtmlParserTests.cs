using Briefing.Support;

namespace Briefing.Articles;

public sealed class MarkdownAndHtmlParserTests
{
    [Fact]
    public void Markdown_FirstHeadingIsTitle_AndMarkupIsStripped()
    {
        const string Text = """
            # Council approves **new** budget

            The council [approved](https://example.com) the budget on *Monday*.

            ![chart](chart.png)

            ## Reaction

            - Unions welcomed the vote.
            > "It is a good day," the mayor said.
            """;

        var article = Ingest.Text(Text, ".md");

        Assert.Equal(ArticleFormat.Markdown, article.Format);
        Assert.Equal("Council approves new budget", article.Title);
        Assert.Equal(
            ["The council approved the budget on Monday.", "Unions welcomed the vote.", "\"It is a good day,\" the mayor said."],
            article.Paragraphs);
    }

    [Fact]
    public void Html_ExtractsTitleBylineDateAndMainText()
    {
        const string Html = """
            <!DOCTYPE html>
            <html lang="en"><head><title>Council approves budget | City News</title>
            <meta property="og:title" content="Council approves budget">
            <meta name="author" content="Jane Reporter">
            <meta property="article:published_time" content="2024-05-01T10:00:00Z">
            </head><body>
            <nav><a href="/">Home</a> <a href="/politics">Politics</a></nav>
            <article>
            <h1>Council approves budget</h1>
            <p>The city council approved the 2025 budget on Monday after a debate that lasted more than nine hours and ended close to midnight.</p>
            <p>The budget raises spending on schools by 4% and cuts the road maintenance programme, which opposition members called short-sighted.</p>
            <p>The mayor said the plan balanced the books without raising local taxes, a promise she made during last year's election campaign.</p>
            </article>
            <footer>Share this story. Read more about politics.</footer>
            </body></html>
            """;

        var article = Ingest.Text(Html, ".html");

        Assert.Equal(ArticleFormat.Html, article.Format);
        Assert.Equal("Council approves budget", article.Title);
        Assert.Equal("Jane Reporter", article.Byline);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.Zero), article.PublishedAt);
        Assert.Equal("en", article.Language);
        Assert.StartsWith("The city council approved the 2025 budget", article.Paragraphs[0], StringComparison.Ordinal);
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("Home", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(".html", "<p>x</p>", ArticleFormat.Html)]
    [InlineData(".md", "# T\n\nBody.", ArticleFormat.Markdown)]
    [InlineData(".txt", "# Not markdown\n\nBody.", ArticleFormat.Text)]
    [InlineData("", "<!DOCTYPE html><html><body><p>Body text here.</p></body></html>", ArticleFormat.Html)]
    [InlineData("", "# Heading\n\nBody.", ArticleFormat.Markdown)]
    [InlineData("", "Plain words.", ArticleFormat.Text)]
    public void Detect_UsesExtensionThenContent(string extension, string text, ArticleFormat expected)
    {
        var raw = new RawArticle("x" + extension, System.Text.Encoding.UTF8.GetBytes(text), null, extension);

        Assert.Equal(expected, new ArticleFormatDetector().Detect(raw, text));
    }

    [Fact]
    public void Detect_ContentTypeWinsOverExtension()
    {
        var raw = new RawArticle("https://x/a.txt", System.Text.Encoding.UTF8.GetBytes("x"), "text/html", ".txt");

        Assert.Equal(ArticleFormat.Html, new ArticleFormatDetector().Detect(raw, "x"));
    }
}
