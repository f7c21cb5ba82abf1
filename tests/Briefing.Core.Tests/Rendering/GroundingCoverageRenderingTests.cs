using System.Text.Json;
using Briefing.Briefings;
using Briefing.Grounding;
using Briefing.Support;

namespace Briefing.Rendering;

/// <summary>Wherever the grounding verdict is shown, what the check covers and what it does not is shown with it.</summary>
public sealed class GroundingCoverageRenderingTests
{
    private static readonly BriefingResult Unsupported = new()
    {
        Source = "wire.txt",
        Title = "Rig fire",
        Content = new BriefingContent("Four workers died.", ["Pemex said 12 workers were injured."]),
        Engine = new EngineInfo(EngineKinds.Model, "m", "summarize@abc"),
        GeneratedAt = TestPipeline.Now,
        Grounding = new GroundingReport(GroundingVerdict.Unsupported, 0.9, [new UnsupportedItem(UnsupportedKind.Number, "12", "key point 1")], "warned"),
    };

    [Fact]
    public void Summary_NamesWhatIsAndIsNotChecked()
    {
        Assert.Equal(
            "checked: numbers, names, quotes \u2014 not checked: who did what to whom, roles and titles, outcomes (who won, what rose or fell), cause and effect, what was left out",
            GroundingCoverage.Summary);
    }

    [Fact]
    public void Markdown_UnsupportedItems_AreFollowedByWhatTheCheckCovers()
    {
        var markdown = new MarkdownBriefingRenderer().Render(Unsupported);

        Assert.Contains(
            "> **Check:** not found in the article: number \"12\" (key point 1). Checked: numbers, names, quotes \u2014 not checked: who did what to whom,",
            markdown,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Json_Grounding_ListsCheckedAndNotChecked()
    {
        using var json = JsonDocument.Parse(new JsonBriefingRenderer().Render(Unsupported));
        var grounding = json.RootElement.GetProperty("grounding");

        Assert.Equal(["numbers", "names", "quotes"], grounding.GetProperty("checked").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("who did what to whom", grounding.GetProperty("not_checked").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("unsupported", grounding.GetProperty("verdict").GetString());
    }
}
