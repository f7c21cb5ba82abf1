using Briefing.Rendering;
using Briefing.Sources;
using Usage = Briefing.Rendering.BriefingDocument.UsageDocument;

namespace Briefing.Delivery;

public sealed class DigestTotalsTests
{
    private static readonly DateTimeOffset RunAt = new(2026, 3, 2, 8, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Of_MixOfModelCachedAndExtractive_SumsOnlyWhatWasMeasured()
    {
        var digest = Digest(
            [
                new Usage(1200, 300, 1500, Estimated: false, CostUsd: 0.001m, ModelCalls: 1, Cached: false),
                new Usage(2500, 700, 3200, Estimated: true, CostUsd: 0.0025m, ModelCalls: 2, Cached: false),
                new Usage(0, 0, 0, Estimated: false, CostUsd: 0m, ModelCalls: 0, Cached: true),
                null,
            ],
            failures: 2);

        var totals = DigestTotals.Of(digest);

        Assert.Equal(new DigestTotals(4, 2, 3, 3700, 1000, 3, 1, 1, 0.0035m, 0), totals);
        Assert.Equal(1, totals.Unmeasured);
    }

    [Fact]
    public void Of_OnlyExtractiveBriefings_HasNoTokensAndNoCost()
    {
        var totals = DigestTotals.Of(Digest([null, null], failures: 0));

        Assert.Equal(new DigestTotals(2, 0, 0, 0, 0, 0, 0, 0, null, 0), totals);
        Assert.Equal(2, totals.Unmeasured);
    }

    [Fact]
    public void Of_ModelWithoutPrice_CostIsUnknownNotZero()
    {
        var totals = DigestTotals.Of(Digest([new Usage(10, 5, 15, false, null, 1, false), new Usage(20, 5, 25, false, null, 1, false)], failures: 0));

        Assert.Null(totals.CostUsd);
        Assert.Equal(2, totals.Unpriced);
    }

    [Fact]
    public void Of_SomeBriefingsPriced_SumsKnownCostsAndCountsTheRest()
    {
        var totals = DigestTotals.Of(Digest([new Usage(10, 5, 15, false, 0.5m, 1, false), new Usage(20, 5, 25, false, null, 1, false)], failures: 0));

        Assert.Equal(0.5m, totals.CostUsd);
        Assert.Equal(1, totals.Unpriced);
    }

    [Fact]
    public void Of_TokenSumsBeyondInt_DoNotOverflow()
    {
        var big = new Usage(int.MaxValue, int.MaxValue, 0, false, null, 1, false);

        var totals = DigestTotals.Of(Digest([big, big], failures: 0));

        Assert.Equal(2L * int.MaxValue, totals.PromptTokens);
        Assert.Equal(2L * int.MaxValue, totals.CompletionTokens);
    }

    [Fact]
    public void Markdown_Mix_ListsEveryTotalOnItsOwnLine()
    {
        var digest = Digest(
            [
                new Usage(1_234_000, 300, 0, Estimated: true, CostUsd: 0.5m, ModelCalls: 2, Cached: false),
                new Usage(567, 28, 0, Estimated: false, CostUsd: null, ModelCalls: 1, Cached: false),
                new Usage(0, 0, 0, Estimated: false, CostUsd: 0m, ModelCalls: 0, Cached: true),
                null,
            ],
            failures: 1);

        var totals = Section(new DigestMarkdownRenderer().Render(digest));

        Assert.Equal(
            """
            ## <a id="totals"></a>Totals

            - Briefings: 4
            - Failures: 1
            - Prompt tokens: 1,234,567
            - Completion tokens: 328
            - Model calls: 3
            - Cost: 0.500000 USD (from `Briefing:Usage:Prices`; not counting 1 briefing whose model has no price there)
            - From the cache: 1 briefing, with no model call and no cost
            - Estimated: the token counts of 1 briefing come from a local tokenizer; the provider reported none
            - No usage recorded: 1 briefing (the built-in extractive engine calls no model)
            """,
            totals);
    }

    [Fact]
    public void Markdown_OnlyExtractive_ShowsCountsWithoutTokensOrCost()
    {
        var totals = Section(new DigestMarkdownRenderer().Render(Digest([null, null], failures: 0)));

        Assert.Equal(
            """
            ## <a id="totals"></a>Totals

            - Briefings: 2
            - Failures: 0
            - No usage recorded: 2 briefings (the built-in extractive engine calls no model)
            """,
            totals);
    }

    [Fact]
    public void Markdown_NoPriceKnown_OmitsTheCostLine()
    {
        var totals = Section(new DigestMarkdownRenderer().Render(Digest([new Usage(10, 5, 15, false, null, 1, false)], failures: 0)));

        Assert.Contains("- Model calls: 1", totals, StringComparison.Ordinal);
        Assert.DoesNotContain("Cost", totals, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_Totals_AreAListLinkedFromTheContents()
    {
        var markdown = new DigestMarkdownRenderer().Render(Digest([new Usage(10, 5, 15, false, 0.25m, 1, false)], failures: 0));

        var html = new DigestHtmlRenderer().Render(markdown, "Digest");

        Assert.Contains("<li><a href=\"#totals\">Totals</a></li>", html, StringComparison.Ordinal);
        Assert.Contains("<h2><a id=\"totals\"></a>Totals</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<li>Cost: 0.250000 USD (from <code>Briefing:Usage:Prices</code>)</li>", html, StringComparison.Ordinal);
    }

    // The totals section, from its heading to the blank line before the footer.
    private static string Section(string markdown)
    {
        var start = markdown.IndexOf("## <a id=\"totals\">", StringComparison.Ordinal);
        Assert.True(start >= 0, markdown);
        return markdown[start..markdown.IndexOf("\n\n---", start, StringComparison.Ordinal)].ReplaceLineEndings("\n");
    }

    private static Digest Digest(IReadOnlyList<Usage?> usages, int failures)
    {
        var entries = usages.Select((usage, i) => new DigestEntry($"2026-03-02-story-{i}-0000000{i}", Document($"Story {i}", usage))).ToList();
        var failed = Enumerable.Range(0, failures).Select(i => new SourceFailure($"bad-{i}.txt", "No text.")).ToList();
        return new Digest(RunAt, TimeZoneInfo.Utc, entries, failed);
    }

    private static BriefingDocument Document(string title, Usage? usage) => new(
        title, title + ".txt", null, null, "en", "A briefing.", ["A point."],
        new BriefingDocument.EngineDocument(usage is null ? "extractive" : "model", "m", null, null), RunAt, Usage: usage);
}
