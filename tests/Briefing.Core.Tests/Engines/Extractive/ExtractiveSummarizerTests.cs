using Briefing.Articles;
using Briefing.Briefings;
using Briefing.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Engines.Extractive;

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

    [Fact]
    public void Summarize_ChineseArticle_SplitsAtChineseSentenceEnds()
    {
        using var services = TestPipeline.Create();
        var article = new Article
        {
            Source = "zh.txt",
            Paragraphs = ["上海地铁十八号线二期工程于周六正式开通运营。新线路全长十八公里，共设八座车站。预计每天将有二十万名乘客乘坐这条线路！市交通委员会表示，新线路将大大缩短浦东居民的通勤时间。", "开通当天，许多市民专程前来体验。有关部门提醒乘客注意安全，错峰出行。"],
        };

        var content = services.GetRequiredService<ExtractiveSummarizer>().Summarize(article, LengthPreset.For(BriefingLength.Short));

        Assert.Equal("zh", content.Language);
        Assert.StartsWith("上海地铁十八号线二期工程于周六正式开通运营。", content.Briefing, StringComparison.Ordinal);
        Assert.Equal(3, content.KeyPoints.Count);
        Assert.All(content.KeyPoints, p => Assert.Single(p, c => c is '。' or '！' or '？'));
    }

    [Fact]
    public void Summarize_RunWithoutSpaces_BoundsEveryKeyPointAndTheParagraph()
    {
        using var services = TestPipeline.Create();
        var article = new Article { Source = "run.txt", Paragraphs = [new string('x', 1_900_000)] };

        var content = services.GetRequiredService<ExtractiveSummarizer>().Summarize(article, LengthPreset.For(BriefingLength.Long));

        Assert.NotEmpty(content.KeyPoints);
        Assert.All(content.KeyPoints, p => Assert.InRange(p.Length, 1, ExtractiveSummarizer.MaxKeyPointChars));
        Assert.InRange(content.Briefing.Length, 1, 200 * ExtractiveSummarizer.ParagraphCharsPerWord);
    }

    [Fact]
    public void Summarize_LongSentences_KeyPointsAreCutAtAClause()
    {
        using var services = TestPipeline.Create();
        var clause = "the council approved another street plan for the district";
        var article = new Article
        {
            Source = "long.txt",
            Paragraphs = ["The city council met on Monday evening to vote on new street plans.", string.Join(", ", Enumerable.Repeat(clause, 20)) + "."],
        };

        var content = services.GetRequiredService<ExtractiveSummarizer>().Summarize(article, LengthPreset.For(BriefingLength.Short));

        var point = Assert.Single(content.KeyPoints, p => p.StartsWith("The council approved", StringComparison.Ordinal));
        Assert.InRange(point.Length, ExtractiveSummarizer.MaxKeyPointChars / 2, ExtractiveSummarizer.MaxKeyPointChars);
        Assert.EndsWith("district\u2026", point, StringComparison.Ordinal);
    }

    [Fact]
    public void Summarize_PronounAfterANamedSubject_NamesThePersonAsAnEdit()
    {
        using var services = TestPipeline.Create();
        var article = new Article
        {
            Source = "galaxy.txt",
            Paragraphs =
            [
                "Zlatan Ibrahimovic has returned to LA Galaxy on a one-year contract, the club said on Friday.",
                "Zlatan Ibrahimovic has signed a one-year contract with LA Galaxy, the club confirmed.",
                "He will wear the number 9 shirt and is expected to play against Portland on March 7.",
                "Galaxy finished ninth in the Western Conference last season and missed the play-offs.",
            ],
        };

        var content = services.GetRequiredService<ExtractiveSummarizer>().Summarize(article, LengthPreset.For(BriefingLength.Short));

        Assert.Contains("[Ibrahimovic] will wear the number 9 shirt and is expected to play against Portland on March 7.", content.KeyPoints);
    }

    [Fact]
    public void Summarize_ReferenceToTheSentenceBefore_IsMergedWithIt()
    {
        using var services = TestPipeline.Create();
        var article = new Article
        {
            Source = "fans.txt",
            Paragraphs =
            [
                "Zlatan Ibrahimovic has returned to LA Galaxy on a one-year contract, the club said on Friday.",
                "The club's fans had waited two years.",
                "That wait ended with a sold-out stadium on Saturday night in Los Angeles.",
                "Galaxy finished ninth in the Western Conference last season and missed the play-offs.",
            ],
        };

        var content = services.GetRequiredService<ExtractiveSummarizer>().Summarize(article, LengthPreset.For(BriefingLength.Short));

        Assert.Contains("The club's fans had waited two years. That wait ended with a sold-out stadium on Saturday night in Los Angeles.", content.KeyPoints);
        Assert.DoesNotContain("The club's fans had waited two years.", content.KeyPoints);
    }

    [Fact]
    public void Summarize_DanglingOpenings_AreNotChosenAsKeyPoints()
    {
        using var services = TestPipeline.Create();
        var article = new Article
        {
            Source = "striker.txt",
            Paragraphs =
            [
                "Zlatan Ibrahimovic has signed a one-year contract with LA Galaxy, the club announced on Friday.",
                "Galaxy finished ninth in the Western Conference last season and missed the play-offs.",
                "The Sweden striker, 38, scored 52 goals in 58 games for the club in his first spell.",
                "This is the third time the Galaxy have signed a player older than 35 since 2015.",
                "She added: 'We are delighted to see him back in Los Angeles this spring.'",
                "The signing follows the departure of Mexican forward Javier Hernandez in January.",
                "Tickets for the first home game against Portland sold out within an hour on Saturday.",
            ],
        };

        var content = services.GetRequiredService<ExtractiveSummarizer>().Summarize(article, LengthPreset.For(BriefingLength.Medium));

        Assert.DoesNotContain(content.KeyPoints, p => p.StartsWith("The Sweden striker", StringComparison.Ordinal) || p.StartsWith("This is", StringComparison.Ordinal) || p.StartsWith("She added", StringComparison.Ordinal));
        Assert.Contains(content.KeyPoints, p => p.StartsWith("Tickets", StringComparison.Ordinal));
    }

    [Fact]
    public void Summarize_QuotationAcrossSentences_IsQuotedWholeOrNotAtAll()
    {
        using var services = TestPipeline.Create();
        var article = new Article
        {
            Source = "quote.txt",
            Paragraphs =
            [
                "The controller of BBC Radio 3 has defended changes to the station's evening schedule.",
                "Alan Davey said: 'If you look back at the Third Programme, it was never afraid of change. We are doing what it did.'",
                "'It was a weapon.' Officials refused to comment on the claim made at the hearing on Monday.",
                "More than 2,000 people signed a petition against the plans within a week.",
            ],
        };

        var content = services.GetRequiredService<ExtractiveSummarizer>().Summarize(article, LengthPreset.For(BriefingLength.Medium));

        Assert.Contains("Alan Davey said: 'If you look back at the Third Programme, it was never afraid of change. We are doing what it did.'", content.KeyPoints);
        Assert.All(content.KeyPoints.Append(content.Briefing), t => Assert.True(Text.QuotationBalance.Of(t).IsBalanced, t));
    }

    [Fact]
    public void Summarize_OnlyABrokenQuotation_QuotesItMarkedAsCut()
    {
        using var services = TestPipeline.Create();
        var article = new Article { Source = "cut.txt", Paragraphs = ["He said: \"We will never stop. Never. Not until the end of the season, whatever the board decides"] };

        var content = services.GetRequiredService<ExtractiveSummarizer>().Summarize(article, LengthPreset.For(BriefingLength.Short));

        Assert.EndsWith("decides\u2026\"", content.Briefing, StringComparison.Ordinal);
        Assert.All(content.KeyPoints.Append(content.Briefing), t => Assert.True(Text.QuotationBalance.Of(t).IsBalanced, t));
    }

    [Fact]
    public void Summarize_LeadIsALongQuotation_ParagraphIsCutAndStillBalanced()
    {
        using var services = TestPipeline.Create();
        var quote = string.Join(" ", Enumerable.Repeat(
            "We will keep building safe streets for every family in this city, whatever the budget says about next year, and whatever the opposition in this chamber claims about the cost of doing so.", 4));
        var article = new Article { Source = "speech.txt", Paragraphs = ["Mayor Anna Berg told the council on Monday: \"" + quote + "\"", "The council voted on the plan later that evening."] };

        var content = services.GetRequiredService<ExtractiveSummarizer>().Summarize(article, LengthPreset.For(BriefingLength.Short));

        Assert.InRange(content.Briefing.Length, 1, 50 * ExtractiveSummarizer.ParagraphCharsPerWord + 2);
        Assert.EndsWith("\u2026\"", content.Briefing, StringComparison.Ordinal);
        Assert.True(Text.QuotationBalance.Of(content.Briefing).IsBalanced, content.Briefing);
    }

    [Fact]
    public void Summarize_NothingButBoilerplate_BriefsTheTextAsItStands()
    {
        using var services = TestPipeline.Create();
        var article = new Article { Source = "furniture.txt", Paragraphs = ["Read more: How the vote was won in the city council.", "Click here to sign up."] };

        var content = services.GetRequiredService<ExtractiveSummarizer>().Summarize(article, LengthPreset.For(BriefingLength.Short));

        Assert.Equal("Read more: How the vote was won in the city council.", content.Briefing);
    }

    [Fact]
    public void Summarize_SameOpeningWords_KeepsOnlyTheFirst()
    {
        using var services = TestPipeline.Create();
        var article = new Article
        {
            Source = "bail.txt",
            Paragraphs =
            [
                "A man accused of fraud was refused bail at Southwark Crown Court on Tuesday morning.",
                "The bail hearing revealed that he had moved 2 million pounds to an account in Cyprus.",
                "The bail hearing revealed the names of four companies he controlled in London and Leeds.",
                "His trial is due to begin in the spring of next year at the Old Bailey in London.",
            ],
        };

        var content = services.GetRequiredService<ExtractiveSummarizer>().Summarize(article, LengthPreset.For(BriefingLength.Medium));

        Assert.Single(content.KeyPoints, p => p.StartsWith("The bail hearing revealed", StringComparison.Ordinal));
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
