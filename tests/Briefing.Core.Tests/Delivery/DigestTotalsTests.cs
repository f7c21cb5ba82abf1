using Briefing.Support;
using Usage = Briefing.Rendering.BriefingDocument.UsageDocument;

namespace Briefing.Delivery;

public sealed class DigestTotalsTests
{
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

        Assert.Equal(new DigestTotals(4, 4, 2, 0, 3, 3700, 1000, 3, 1, 1, 0.0035m, 0) { Unmeasured = 1 }, totals);
        Assert.Equal(1, totals.Unmeasured);
    }

    [Fact]
    public void Of_OnlyExtractiveBriefings_HasNoTokensAndNoCost()
    {
        var totals = DigestTotals.Of(Digest([null, null], failures: 0));

        Assert.Equal(new DigestTotals(2, 2, 0, 0, 0, 0, 0, 0, 0, 0, null, 0) { Unmeasured = 2 }, totals);
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

            - Articles briefed: 4
            - Stories: 4
            - Not briefed: 1
            - Prompt tokens: 1,234,567
            - Completion tokens: 328
            - Model calls: 3
            - Cost: 0.500000 USD at the configured prices; not counting 1 briefing whose model has no price set
            - From the cache: 1 briefing, with no model call and no cost
            - Estimated: the token counts of 1 briefing are estimates, since the provider reported none
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

            - Articles briefed: 2
            - Stories: 2
            - Not briefed: 0
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
    public void Of_StoryBriefingAndOverviewUsage_CountWithTheArticles()
    {
        var documents = new[] { DigestFixtures.Document("A", "a.txt", new Usage(100, 10, 110, false, 0.1m, 1, false)), DigestFixtures.Document("B", "b.txt", new Usage(200, 20, 220, false, 0.2m, 1, false)) };
        var digest = DigestFixtures.Of(documents, groups: [[0, 1]]);
        var story = digest.Stories[0] with { Briefing = documents[0] with { Usage = new Usage(1000, 100, 1100, false, 1m, 1, false) } };
        var overview = digest.Overview with { Usage = new Usage(50, 5, 55, false, 0.05m, 1, false) };

        var totals = DigestTotals.Of(digest with { Stories = [story], Overview = overview });

        Assert.Equal(1350, totals.PromptTokens);
        Assert.Equal(4, totals.ModelCalls);
        Assert.Equal(1.35m, totals.CostUsd);
    }

    // The totals section, from its heading to the line that names the engines.
    private static string Section(string markdown)
    {
        var start = markdown.IndexOf("## <a id=\"totals\">", StringComparison.Ordinal);
        Assert.True(start >= 0, markdown);
        return markdown[start..markdown.IndexOf("\n\nWritten by", start, StringComparison.Ordinal)].ReplaceLineEndings("\n");
    }

    private static Digest Digest(IReadOnlyList<Usage?> usages, int failures) =>
        DigestFixtures.Of(usages.Select((usage, i) => DigestFixtures.Document($"Story {i}", $"Story {i}.txt", usage)).ToList(), failures);
}
