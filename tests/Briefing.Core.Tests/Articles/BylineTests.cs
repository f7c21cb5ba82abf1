using Briefing.Briefings;
using Briefing.Rendering;
using Briefing.Support;

namespace Briefing.Articles;

public sealed class BylineTests
{
    private const string Body = """
        <article>
        <p>The city council approved the 2025 budget on Monday after a debate that lasted more than nine hours and ended close to midnight.</p>
        <p>The budget raises spending on schools by 4% and cuts the road maintenance programme, which opposition members called short-sighted.</p>
        <p>The mayor said the plan balanced the books without raising local taxes, a promise she made during last year's election campaign.</p>
        </article>
        """;

    [Theory]
    [InlineData("By Jane Doe")]
    [InlineData("BY: Jane Doe |")]
    [InlineData("by  by Jane Doe")]
    public void Parse_PageWithBylineThatSaysBy_KeepsOnlyTheNames(string byline)
    {
        var article = Ingest.Text($"<html><head><title>Budget</title><meta name=\"author\" content=\"{byline}\"></head><body>{Body}</body></html>", ".html");

        Assert.Equal("Jane Doe", article.Byline);
    }

    [Fact]
    public void Render_PageWithBylineThatSaysBy_SaysByOnce()
    {
        var article = Ingest.Text($"<html><head><title>Budget</title><meta name=\"author\" content=\"By Jane Doe\"></head><body>{Body}</body></html>", ".html");
        var result = BriefingResult.From(
            article,
            new BriefingDraft(new BriefingContent("The council approved the budget.", ["Schools get 4% more."]), new EngineInfo(EngineKinds.Extractive, "built-in", null)),
            TestPipeline.Now);

        Assert.Contains("*Source:* test.html · *By* Jane Doe\n", new MarkdownBriefingRenderer().Render(result), StringComparison.Ordinal);
        Assert.Contains("By: Jane Doe\n", new TextBriefingRenderer().Render(result), StringComparison.Ordinal);
    }
}
