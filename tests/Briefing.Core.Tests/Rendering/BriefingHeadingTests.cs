using Briefing.Briefings;
using Briefing.Support;

namespace Briefing.Rendering;

public sealed class BriefingHeadingTests
{
    [Fact]
    public void Markdown_ArticleWithoutHeadline_IsHeadedByItsFileNameAndBriefingOnlyOnce()
    {
        var markdown = new MarkdownBriefingRenderer().Render(Result("inbox/cape-verde-music.txt"));

        Assert.StartsWith("# Cape verde music\n", markdown, StringComparison.Ordinal);
        Assert.Single(markdown.Split('\n'), l => l.EndsWith(" Briefing", StringComparison.Ordinal));
    }

    [Fact]
    public void Text_PageWithoutHeadline_IsHeadedByTheLastSegmentOfItsAddress()
    {
        var text = new TextBriefingRenderer().Render(Result("https://news.example/2026/03/council-approves-budget.html"));

        Assert.StartsWith("Council approves budget\n=======================\n", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("stdin")]
    [InlineData("https://news.example/story/12345")]
    [InlineData("inbox/briefing.txt")]
    public void Markdown_SourceNameThatSaysNothing_IsHeadedByTheFirstKeyPoint(string source)
    {
        var markdown = new MarkdownBriefingRenderer().Render(Result(source));

        Assert.StartsWith("# The council approved the budget on Monday\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_LongFirstKeyPoint_IsShortenedAtAWord()
    {
        var point = "The council approved the budget on Monday after a debate that lasted more than nine hours and ended close to midnight.";

        var markdown = new MarkdownBriefingRenderer().Render(Result("stdin", point));

        Assert.StartsWith("# The council approved the budget on Monday after a debate that lasted more than nine hours\u2026\n", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_NoHeadlineNoNameAndNoKeyPoints_IsHeadedByTheBriefingsFirstSentence()
    {
        var result = Result("stdin") with { Content = new BriefingContent("the council approved the budget. the vote was close.", []) };

        var text = new TextBriefingRenderer().Render(result);

        Assert.StartsWith("The council approved the budget\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_ArticleWithHeadline_KeepsIt()
    {
        var markdown = new MarkdownBriefingRenderer().Render(Result("inbox/cape-verde-music.txt") with { Title = "Morna goes global" });

        Assert.StartsWith("# Morna goes global\n", markdown, StringComparison.Ordinal);
    }

    private static BriefingResult Result(string source, string firstPoint = "The council approved the budget on Monday.") => new()
    {
        Source = source,
        Content = new BriefingContent("The council approved the budget.", [firstPoint, "The vote was close."]),
        Engine = new EngineInfo(EngineKinds.Extractive, "built-in", null),
        GeneratedAt = TestPipeline.Now,
    };
}
