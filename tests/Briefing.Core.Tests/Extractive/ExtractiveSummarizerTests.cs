using Briefing.Articles;
using Briefing.Briefings;
using Briefing.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Extractive;

public sealed class ExtractiveSummarizerTests
{
    [Fact]
    public async Task Summarize_Sample_UsesOnlyArticleWordsAndSharesOnlyTheLeadWithTheBriefing()
    {
        using var services = TestPipeline.Create();
        var article = await TestPipeline.IngestSampleAsync(services);

        var content = services.GetRequiredService<ExtractiveSummarizer>().Summarize(article, LengthPreset.For(BriefingLength.Medium));

        Assert.Equal(5, content.KeyPoints.Count);
        // Key points are article sentences, possibly with asides or attribution removed: their words follow the article's order.
        Assert.All(content.KeyPoints, p => Assert.True(IsShortenedFrom(p, article.Body), p));
        // The paragraph opens with the lead, which may also be the first key point; no other key point repeats it.
        Assert.All(content.KeyPoints.Skip(1), p => Assert.DoesNotContain(p, content.Briefing, StringComparison.Ordinal));
        Assert.Equal(content.KeyPoints.Count, content.KeyPoints.Distinct().Count());
    }

    [Fact]
    public void Summarize_WireCopyWithDatelineAndByline_KeyPointsStartWithTheStory()
    {
        using var services = TestPipeline.Create();
        var article = services.GetRequiredService<ArticleIngestor>().Parse(new RawArticle("wire.txt", System.Text.Encoding.UTF8.GetBytes(
            "By . Jane Reporter . PUBLISHED: . 10:47 EST, 22 April 2013 . | . UPDATED: . 11:02 EST, 22 April 2013 .\n\n" +
            "(CNN) -- Four workers died in a massive oil rig fire off the coast of Mexico on Wednesday, the state oil company said. " +
            "Pemex said 45 workers were injured in the blaze, which began early Wednesday morning. Two of them are in serious condition. " +
            "Authorities evacuated about 300 people from the platform after the fire started. Read more: Oil prices rise. " +
            "At least 10 boats worked to battle the blaze for hours."), null, null));

        var content = services.GetRequiredService<ExtractiveSummarizer>().Summarize(article, LengthPreset.For(BriefingLength.Short));

        Assert.Equal("Four workers died in a massive oil rig fire off the coast of Mexico on Wednesday.", content.KeyPoints[0]);
        Assert.All(content.KeyPoints.Append(content.Briefing), t => Assert.DoesNotMatch("CNN|PUBLISHED|Jane Reporter|Read more", t));
        Assert.DoesNotContain(content.KeyPoints, p => p.StartsWith("Two of them", StringComparison.Ordinal));
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

    [Fact]
    public void Summarize_ArticleShorterThanThePointCount_KeepsTheLedeAsTheParagraph()
    {
        using var services = TestPipeline.Create();
        var article = new Article { Source = "short.txt", Paragraphs = ["The dam burst on Friday, flooding the valley below.", "Rescuers reached the village by boat on Saturday morning."] };

        var content = services.GetRequiredService<ExtractiveSummarizer>().Summarize(article, LengthPreset.For(BriefingLength.Medium));

        Assert.Equal("The dam burst on Friday, flooding the valley below.", content.Briefing);
        Assert.Equal(["Rescuers reached the village by boat on Saturday morning."], content.KeyPoints);
    }

    private static bool IsShortenedFrom(string point, string body)
    {
        var words = Words(point);
        var source = Words(body);
        var at = 0;
        foreach (var word in words)
        {
            at = source.IndexOf(word, at);
            if (at < 0)
            {
                return false;
            }

            at++;
        }

        return words.Count > 0;
    }

    private static List<string> Words(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text.ToLowerInvariant(), @"[\p{L}\p{N}]+").Select(m => m.Value).ToList();
}
