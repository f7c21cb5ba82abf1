using Briefing.Articles;
using Briefing.Briefings;
using Briefing.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Extractive;

public sealed class ExtractiveSummarizerTests
{
    [Fact]
    public async Task Summarize_Sample_UsesOnlyArticleSentencesAndNeverRepeatsTheBriefing()
    {
        using var services = TestPipeline.Create();
        var article = await TestPipeline.IngestSampleAsync(services);

        var content = services.GetRequiredService<ExtractiveSummarizer>().Summarize(article, LengthPreset.For(BriefingLength.Medium));

        Assert.Equal(5, content.KeyPoints.Count);
        Assert.All(content.KeyPoints, p => Assert.Contains(p, article.Body, StringComparison.Ordinal));
        Assert.All(content.KeyPoints, p => Assert.DoesNotContain(p, content.Briefing, StringComparison.Ordinal));
        Assert.Equal(content.KeyPoints.Count, content.KeyPoints.Distinct().Count());
    }

    [Theory]
    [InlineData(BriefingLength.Short)]
    [InlineData(BriefingLength.Medium)]
    [InlineData(BriefingLength.Long)]
    public async Task Summarize_Preset_StaysNearTheWordTargetAndPointCount(BriefingLength length)
    {
        using var services = TestPipeline.Create();
        var article = await TestPipeline.IngestSampleAsync(services);
        var preset = LengthPreset.For(length);

        var content = services.GetRequiredService<ExtractiveSummarizer>().Summarize(article, preset);

        var words = content.Briefing.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        // Whole sentences are kept, so the paragraph may overshoot by one sentence but never doubles the target.
        Assert.InRange(words, preset.BriefingWords / 3, preset.BriefingWords * 2);
        Assert.Equal(preset.KeyPoints, content.KeyPoints.Count);
    }

    [Fact]
    public async Task Summarize_SameArticleTwice_IsDeterministic()
    {
        using var services = TestPipeline.Create();
        var article = await TestPipeline.IngestSampleAsync(services);
        var summarizer = services.GetRequiredService<ExtractiveSummarizer>();

        var first = summarizer.Summarize(article, LengthPreset.For(BriefingLength.Medium));
        var second = summarizer.Summarize(article, LengthPreset.For(BriefingLength.Medium));

        Assert.Equal(first.Briefing, second.Briefing);
        Assert.Equal(first.KeyPoints, second.KeyPoints);
    }

    [Fact]
    public void Summarize_RepeatedSentences_PicksEachOnce()
    {
        using var services = TestPipeline.Create();
        var article = new Article
        {
            Source = "dup.txt",
            Paragraphs = ["The dam burst on Friday, flooding the valley.", "The dam burst on Friday, flooding the valley.", "Rescuers reached the village by boat on Saturday morning."],
        };

        var content = services.GetRequiredService<ExtractiveSummarizer>().Summarize(article, LengthPreset.For(BriefingLength.Short));

        var all = content.KeyPoints.Append(content.Briefing).ToList();
        Assert.Single(all, s => s.Contains("The dam burst", StringComparison.Ordinal));
    }
}
