using Briefing.Briefings;
using Briefing.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Evaluation;

public sealed class ReadabilityReportTests : IDisposable
{
    private readonly string _dataset = Path.Combine(Directory.CreateTempSubdirectory("readability-").FullName, "set.jsonl");

    [Fact]
    public async Task ToMarkdown_ExtractiveRun_PrintsEachDefectKindPerHundredBesideRouge()
    {
        await File.WriteAllLinesAsync(_dataset,
        [
            """{"id": "a", "article": "The council approved the budget on Monday after a long debate. Spending on schools rises by 4 percent next year. He said it was fair.", "reference": "The council approved the budget."}""",
            """{"id": "b", "article": "Zlatan Ibrahimovic has signed for LA Galaxy, the club said on Friday. The striker will wear the number 9 shirt for the club.", "reference": "Ibrahimovic signed for LA Galaxy."}""",
        ]);
        using var services = TestPipeline.Create();
        var cases = await services.GetRequiredService<EvalDataset>().ReadAsync(_dataset, CancellationToken.None);

        var report = await services.GetRequiredService<EvalRunner>().RunAsync(
            "set.jsonl", cases, new BriefingSettings(Length: BriefingLength.Short), SummaryTarget.KeyPoints, null, CancellationToken.None);
        var markdown = services.GetRequiredService<EvalReportWriter>().ToMarkdown(report);
        var json = services.GetRequiredService<EvalReportWriter>().ToJson(report);

        Assert.Equal(2, report.Readability!.Briefings);
        Assert.Equal(Enum.GetValues<ReadabilityDefect>().Length, report.Readability.Counts.Count);
        Assert.Contains("## Readability", markdown, StringComparison.Ordinal);
        Assert.Contains("| dangling reference | 0 | 0.0 |", markdown, StringComparison.Ordinal);
        Assert.True(markdown.IndexOf("| Lead-3 |", StringComparison.Ordinal) < markdown.IndexOf("## Readability", StringComparison.Ordinal));
        Assert.Contains("\"per_hundred\": {", json, StringComparison.Ordinal);
        Assert.Contains("\"unbalanced_quotation\": 0", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_Findings_CountsEachKindPerHundredBriefings()
    {
        IReadOnlyList<ReadabilityFinding> one = [new(ReadabilityDefect.SpeakerTag, "key point 1", "She added:"), new(ReadabilityDefect.SpeakerTag, "key point 2", "He said:")];

        var tally = ReadabilityTally.Of([one, [], [], []]);

        Assert.Equal(2, tally.Counts["speaker_tag"]);
        Assert.Equal(50.0, tally.PerHundredOf(ReadabilityDefect.SpeakerTag));
        Assert.Equal(0.0, tally.PerHundredOf(ReadabilityDefect.Overlong));
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_dataset)!, recursive: true);
}
