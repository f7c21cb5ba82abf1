using Briefing.Support;

namespace Briefing.Articles;

public sealed class PlainTextArticleParserTests
{
    [Fact]
    public async Task Parse_Sample_TakesHeadlineAsTitleAndCaptionAsMetadata()
    {
        using var services = TestPipeline.Create();

        var article = await TestPipeline.IngestSampleAsync(services);

        Assert.Equal("Russian FM Lavrov advises Putin to continue Ukrainian talks with West", article.Title);
        var caption = Assert.Single(article.Captions);
        Assert.EndsWith("(Getty Images)", caption, StringComparison.Ordinal);
        Assert.StartsWith("Russia’s top diplomat advised President Vladimir Putin", article.Paragraphs[0], StringComparison.Ordinal);
        Assert.DoesNotContain(article.Paragraphs, p => p.Contains("Getty", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("(CNN) -- The mayor resigned on Tuesday after a long dispute.\n\nHe denied wrongdoing.")]
    [InlineData("The mayor resigned on Tuesday after a long dispute with the council.\nHe denied wrongdoing.")]
    [InlineData("By . Jane Reporter . PUBLISHED: 10:00 EST, 1 May 2013\n\nThe mayor resigned on Tuesday.")]
    [InlineData("Charleston, South Carolina (CNN)Police officers accompanied the hearse on Saturday\n\nHe denied wrongdoing.")]
    [InlineData("LONDON (Reuters) - Britain's economy grew faster than expected\n\nHe denied wrongdoing.")]
    [InlineData("WASHINGTON \u2014 The Senate passed the spending bill late on Friday\n\nHe denied wrongdoing.")]
    public void Parse_NoHeadline_KeepsTheFirstLineAsBody(string text)
    {
        var article = new PlainTextArticleParser().Parse("wire.txt", text);

        Assert.Null(article.Title);
        Assert.Equal(text.Split('\n')[0], article.Paragraphs[0].Split(" He denied")[0]);
    }

    [Fact]
    public void Parse_HardWrappedFirstSentence_IsBodyNotTitle()
    {
        var article = new PlainTextArticleParser().Parse("wire.txt", "Four workers died in a massive oil rig fire that raged for hours\noff the coast of Mexico on Wednesday.\n\nPemex said 45 were injured.");

        Assert.Null(article.Title);
        Assert.Equal(["Four workers died in a massive oil rig fire that raged for hours off the coast of Mexico on Wednesday.", "Pemex said 45 were injured."], article.Paragraphs);
    }

    [Fact]
    public void Parse_SingleLineArticle_IsBodyNotTitle()
    {
        var article = new PlainTextArticleParser().Parse("one.txt", "Parliament approves the budget");

        Assert.Null(article.Title);
        Assert.Equal(["Parliament approves the budget"], article.Paragraphs);
    }

    [Fact]
    public void Parse_HardWrappedParagraphs_JoinsLinesAndSplitsOnBlankLines()
    {
        var article = new PlainTextArticleParser().Parse("a.txt", "Budget passes\n\nThe parliament approved\nthe budget on Monday.\n\nThe vote was 300 to 120.");

        Assert.Equal("Budget passes", article.Title);
        Assert.Equal(["The parliament approved the budget on Monday.", "The vote was 300 to 120."], article.Paragraphs);
    }

    [Fact]
    public void Ingest_TitleOnly_ThrowsEmptyAfterExtraction()
    {
        var error = Assert.Throws<ArticleException>(() => Ingest.Text("Photo: a skyline at dusk (Getty Images)"));

        Assert.Equal(ArticleErrorKind.Empty, error.Kind);
    }
}
