using Briefing.Briefings;
using Briefing.Fakes;
using Briefing.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Stories;

public sealed class StoryBrieferTests
{
    private const string Reply = """
        {"briefing": "A fire destroyed a timber warehouse in Hamburg's port overnight; about 200 firefighters fought it for six hours and nobody was hurt.",
         "key_points": ["More than 200 firefighters fought the blaze for six hours.", "Residents were told to keep windows closed.", "The cause is not yet known."],
         "language": "en"}
        """;

    [Fact]
    public async Task BriefAsync_ModelConfigured_SendsTheReviewedStoryPromptWithEveryReport()
    {
        var model = TestPipeline.FakeModel(Reply);
        using var services = TestPipeline.Create(model);

        var (briefing, note) = await services.GetRequiredService<StoryBriefer>().BriefAsync(StoryMembers.Fire(), "Huge fire destroys warehouse in Hamburg port", new BriefingSettings(), CancellationToken.None);

        Assert.Null(note);
        Assert.StartsWith("summarize-story@", briefing.Engine.PromptVersion, StringComparison.Ordinal);
        var (history, _) = Assert.Single(model.Received);
        var transcript = RecordingChatCompletionService.Transcript(history);
        Assert.Contains("Report 1 of 3: harbour-news.example", transcript, StringComparison.Ordinal);
        Assert.Contains("Report 3 of 3: port-fire.txt", transcript, StringComparison.Ordinal);
        Snapshot.Match(transcript);
    }

    [Fact]
    public async Task BriefAsync_FactFromOneReportAndFactFromNone_OnlyTheInventedOneIsFlagged()
    {
        // "Kleiner Grasbrook" is in two reports, "six hours" in two; "Olaf Scholz" and "130,000" are in none.
        var reply = """
            {"briefing": "A fire destroyed a warehouse on the Kleiner Grasbrook quay; firefighters fought it for six hours.",
             "key_points": ["Olaf Scholz visited the site.", "130,000 people were told to stay inside."],
             "language": "en"}
            """;
        using var services = TestPipeline.Create(TestPipeline.FakeModel(reply), new Dictionary<string, string?> { ["Briefing:Grounding:Action"] = "Warn" });

        var (briefing, _) = await services.GetRequiredService<StoryBriefer>().BriefAsync(StoryMembers.Fire(), "Fire", new BriefingSettings(), CancellationToken.None);

        var flagged = briefing.Grounding!.Unsupported.Select(i => i.Text).ToList();
        Assert.Contains("Olaf Scholz", flagged);
        Assert.Contains(flagged, f => f.Contains("130,000", StringComparison.Ordinal));
        Assert.DoesNotContain(flagged, f => f.Contains("Kleiner Grasbrook", StringComparison.Ordinal));
    }

    [Fact]
    public async Task BriefAsync_Extractive_ChoosesFromSeveralReportsAndSaysNothingTwice()
    {
        using var services = TestPipeline.Create();
        var members = StoryMembers.Fire();

        var (briefing, _) = await services.GetRequiredService<StoryBriefer>().BriefAsync(members, "Fire", new BriefingSettings(), CancellationToken.None);

        string[] sentences = [briefing.Briefing, .. briefing.KeyPoints];
        var used = members.Count(m => sentences.Any(s => m.Text!.Body.Contains(s.TrimEnd('.')[..Math.Min(30, s.Length - 1)], StringComparison.Ordinal)));
        Assert.True(used >= 2, string.Join("\n", sentences));
        Assert.Equal(briefing.KeyPoints.Count, briefing.KeyPoints.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("extractive", briefing.Engine.Kind);
        Assert.Equal("grounded", briefing.Grounding?.Verdict);
    }
}
