using System.Diagnostics;
using System.Text;

namespace Briefing.Articles;

public sealed class HtmlDepthScannerTests
{
    [Fact]
    public void MaxDepth_NestedDivs_CountsEachLevel()
    {
        var html = "<html><body>" + Nested("div", 7, "<p>text</p>") + "</body></html>";

        Assert.Equal(7, HtmlDepthScanner.MaxDepth(html, 256));
    }

    [Fact]
    public void MaxDepth_ParagraphsListItemsAndVoidElementsWithoutEndTags_DoNotPileUp()
    {
        var html = new StringBuilder("<article><ul>");
        for (var i = 0; i < 2000; i++)
        {
            html.Append("<li>item <br><img src=x.png><p>paragraph <meta charset=utf-8><hr>");
        }

        Assert.Equal(2, HtmlDepthScanner.MaxDepth(html.Append("</ul></article>").ToString(), 256));
    }

    [Fact]
    public void MaxDepth_EndTag_ClosesElementsLeftOpenInside()
    {
        var html = new StringBuilder();
        for (var i = 0; i < 1000; i++)
        {
            html.Append("<div><span><section>unclosed</div>");
        }

        Assert.Equal(3, HtmlDepthScanner.MaxDepth(html.ToString(), 256));
    }

    [Fact]
    public void MaxDepth_FormattingElementsClosedExplicitly_DoNotPileUp()
    {
        var html = string.Concat(Enumerable.Repeat("<div><b>bold</b> <a href=\"/x\">link</a> <i>it</i></div>", 1000));

        Assert.Equal(2, HtmlDepthScanner.MaxDepth(html, 256));
    }

    [Theory]
    [InlineData("<div><b id={0}>x</div>")]
    [InlineData("<b id={0}><i id={0}>x</b>y")]
    [InlineData("<a href=\"/x\"><b>link")]
    public void MaxDepth_FormattingElementsTheParserReopens_CountAsNested(string pattern)
    {
        // The parser re-opens formatting elements closed only implicitly, nesting one level per repetition.
        var html = string.Concat(Enumerable.Range(0, 300).Select(i => string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, i)));

        Assert.True(HtmlDepthScanner.MaxDepth(html, 256) > 256);
    }

    [Fact]
    public void MaxDepth_MarkupInsideScriptsCommentsAndAttributes_IsNotCounted()
    {
        var html = "<div title=\"<div><div>\"><script>var s = '<div><div><div>';</script><!-- <div><div> --><style>a>b{}</style>text</div>";

        Assert.Equal(1, HtmlDepthScanner.MaxDepth(html, 256));
    }

    [Theory]
    [InlineData("<h2>Title")]
    [InlineData("<form>Fields")]
    [InlineData("<button>Go")]
    public void MaxDepth_ElementsThatCannotContainThemselves_LeftOpen_CloseEachOther(string element)
    {
        Assert.Equal(1, HtmlDepthScanner.MaxDepth(string.Concat(Enumerable.Repeat(element, 1000)), 256));
    }

    [Fact]
    public void MaxDepth_EverythingAfterPlaintext_IsText()
    {
        var html = "<div><plaintext>" + string.Concat(Enumerable.Repeat("<div>", 1000));

        Assert.Equal(1, HtmlDepthScanner.MaxDepth(html, 256));
    }

    [Fact]
    public void MaxDepth_SelfClosingSyntax_ClosesOnlySvgElements()
    {
        var svg = "<svg>" + string.Concat(Enumerable.Repeat("<path d=\"M0 0\"/>", 500)) + "</svg>";
        var html = string.Concat(Enumerable.Repeat("<div/>", 500));

        Assert.Equal(1, HtmlDepthScanner.MaxDepth(svg, 256));
        Assert.Equal(257, HtmlDepthScanner.MaxDepth(html, 256));
    }

    [Fact]
    public void MaxDepth_HundredThousandLevels_StopsJustPastTheLimitAtOnce()
    {
        var html = Nested("div", 100_000, "deep");
        var clock = Stopwatch.StartNew();

        var depth = HtmlDepthScanner.MaxDepth(html, 256);

        Assert.Equal(257, depth);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"took {clock.Elapsed}");
    }

    private static string Nested(string tag, int depth, string inner) =>
        string.Concat(Enumerable.Repeat($"<{tag}>", depth)) + inner + string.Concat(Enumerable.Repeat($"</{tag}>", depth));
}
