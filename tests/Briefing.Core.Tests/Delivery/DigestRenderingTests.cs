using Briefing.Rendering;
using Briefing.Sources;

namespace Briefing.Delivery;

public sealed class DigestRenderingTests
{
    [Fact]
    public void Html_ArticleTextWithMarkup_IsShownAsTextNotInterpreted()
    {
        var document = new BriefingDocument(
            "<script>alert(1)</script> [x](javascript:alert(2))",
            "evil.html",
            null,
            null,
            "en",
            "<img src=x onerror=alert(3)> *bold*",
            ["<iframe src=//evil></iframe>"],
            new BriefingDocument.EngineDocument("model", "m", "summarize@abc", null),
            new DateTimeOffset(2026, 3, 2, 8, 30, 0, TimeSpan.Zero));
        var digest = new Digest(document.GeneratedAt, TimeZoneInfo.Utc, [new DigestEntry("2026-03-02-x-12345678", document)], [new SourceFailure("<b>bad</b>", "reason <i>x</i>")]);

        var markdown = new DigestMarkdownRenderer().Render(digest);
        var html = new DigestHtmlRenderer().Render(markdown, "Digest");

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>bad", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#briefing-1\">", html, StringComparison.Ordinal);
        Assert.Contains("<h2><a id=\"briefing-1\"></a>1. ", html, StringComparison.Ordinal);
    }
}
