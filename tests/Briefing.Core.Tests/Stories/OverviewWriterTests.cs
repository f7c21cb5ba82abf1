using Briefing.Briefings;
using Briefing.Fakes;
using Briefing.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Stories;

public sealed class OverviewWriterTests
{
    [Fact]
    public async Task WriteAsync_NoModel_OneLeadPointPerTopStoryAndNoCall()
    {
        using var services = TestPipeline.Create();
        var stories = Enumerable.Range(1, 7).Select(i => Story($"Event {i} happens", $"Event {i} happened in town {i}.", $"A detail of event {i}.")).ToList();

        var overview = await services.GetRequiredService<OverviewWriter>().WriteAsync(stories, new BriefingSettings(), CancellationToken.None);

        Assert.Equal(OverviewWriter.MaxLines, overview.Lines.Count);
        Assert.Equal(Enumerable.Range(0, OverviewWriter.MaxLines), overview.Lines.Select(l => l.Story));
        Assert.Equal("Event 1 happened in town 1.", overview.Lines[0].Text);
        Assert.Null(overview.Note);
    }

    [Fact]
    public async Task WriteAsync_Model_SendsTheReviewedOverviewPromptAndKeepsOneLinePerStory()
    {
        var model = TestPipeline.FakeModel("""
            {"briefing": "A fire in the port and a truck launch lead the day.",
             "key_points": ["A fire destroyed a timber warehouse in Hamburg's port.", "Tesla showed an electric truck with a range of 500 miles."],
             "language": "en"}
            """);
        using var services = TestPipeline.Create(model);
        var stories = new[] { Story("Fire in Hamburg port", "A fire destroyed a timber warehouse in Hamburg's port overnight."), Story("Tesla truck", "Tesla showed an electric truck with a range of 500 miles.") };

        var overview = await services.GetRequiredService<OverviewWriter>().WriteAsync(stories, new BriefingSettings(), CancellationToken.None);

        Assert.Equal(["A fire destroyed a timber warehouse in Hamburg's port.", "Tesla showed an electric truck with a range of 500 miles."], overview.Lines.Select(l => l.Text));
        Assert.Equal("grounded", overview.Grounding?.Verdict);
        Assert.NotNull(overview.Usage);
        var (history, _) = Assert.Single(model.Received);
        Snapshot.Match(RecordingChatCompletionService.Transcript(history));
    }

    [Fact]
    public async Task WriteAsync_ModelLineNotInTheBriefings_IsFlagged()
    {
        var model = TestPipeline.FakeModel("""
            {"briefing": "Two stories.", "key_points": ["A fire destroyed 130,000 warehouses.", "Tesla showed a truck."], "language": "en"}
            """);
        using var services = TestPipeline.Create(model);
        var stories = new[] { Story("Fire", "A fire destroyed a warehouse."), Story("Truck", "Tesla showed a truck.") };

        var overview = await services.GetRequiredService<OverviewWriter>().WriteAsync(stories, new BriefingSettings(), CancellationToken.None);

        Assert.Contains(overview.Grounding!.Unsupported, i => i.Text.Contains("130,000", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WriteAsync_ModelGivesTheWrongNumberOfLines_FallsBackToLeadPointsAndSaysSo()
    {
        var model = TestPipeline.FakeModel("""{"briefing": "One line.", "key_points": ["Only one line."], "language": "en"}""");
        using var services = TestPipeline.Create(model);
        var stories = new[] { Story("Fire", "A fire destroyed a warehouse."), Story("Truck", "Tesla showed a truck.") };

        var overview = await services.GetRequiredService<OverviewWriter>().WriteAsync(stories, new BriefingSettings(), CancellationToken.None);

        Assert.Equal(["A fire destroyed a warehouse.", "Tesla showed a truck."], overview.Lines.Select(l => l.Text));
        Assert.Contains("one line per story", overview.Note, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_ShortBriefingsAndFiveStories_ModelLinesStillAccepted()
    {
        var lines = Enumerable.Range(1, 5).Select(i => $"Event {i} happened in town {i}.").ToList();
        var model = TestPipeline.FakeModel($$"""{"briefing": "Five events.", "key_points": [{{string.Join(", ", lines.Select(l => $"\"{l}\""))}}], "language": "en"}""");
        using var services = TestPipeline.Create(model);
        var stories = Enumerable.Range(1, 5).Select(i => Story($"Event {i}", $"Event {i} happened in town {i}.")).ToList();

        var overview = await services.GetRequiredService<OverviewWriter>().WriteAsync(stories, new BriefingSettings(Length: BriefingLength.Short), CancellationToken.None);

        Assert.Equal(lines, overview.Lines.Select(l => l.Text));
        Assert.Null(overview.Note);
        Assert.Single(model.Received);
    }

    private static Story Story(string headline, string briefing, params string[] points)
    {
        var member = StoryMembers.From(new StoryCandidate(headline, briefing, null), headline.Replace(' ', '-') + ".txt");
        var document = member.Briefing with { Briefing = briefing, KeyPoints = points };
        return new Story(headline, headline, [member], document, null);
    }
}
