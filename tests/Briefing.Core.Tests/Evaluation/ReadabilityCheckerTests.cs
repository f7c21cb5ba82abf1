using System.Text;
using Briefing.Articles;
using Briefing.Briefings;
using Briefing.Engines.Extractive;
using Briefing.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Evaluation;

public sealed class ReadabilityCheckerTests
{
    /// <summary>Raw web extraction from many outlets, captions, video prompts and navigation text included.</summary>
    private const string NewsClusters = "eval/stories/news_clusters_dev.jsonl";

    private const string Article =
        "Zlatan Ibrahimovic has signed a one-year contract with LA Galaxy, the club announced on Friday. " +
        "The Sweden striker, 38, scored 52 goals in 58 games for the club in his first spell. " +
        "He will wear the number 9 shirt.";

    public static TheoryData<string, string[], ReadabilityDefect> Defects => new()
    {
        { Lead, ["Listeners complained on the Feedback programme The controller of Radio 3 has defended the schedule."], ReadabilityDefect.GluedHeading },
        { Lead, ["Feminist icon: Patsy Kensit says the station shaped her childhood."], ReadabilityDefect.GluedHeading },
        { Lead, ["The club has heard.Shocking allegations followed on Monday."], ReadabilityDefect.MissingSpace },
        { Lead, ["More updates on this story will follow later today."], ReadabilityDefect.Boilerplate },
        { Lead, ["The Sweden striker, 38, scored 52 goals in 58 games."], ReadabilityDefect.DanglingReference },
        { Lead, ["He will wear the number 9 shirt."], ReadabilityDefect.DanglingReference },
        { Lead, ["This is the third signing of the winter."], ReadabilityDefect.DanglingReference },
        { Lead, ["She added: 'We are delighted.'"], ReadabilityDefect.SpeakerTag },
        { Lead, ["\"He is a winner,\" he said."], ReadabilityDefect.SpeakerTag },
        { Lead, ["He said: 'If you look back at the Third Programme, it was never afraid."], ReadabilityDefect.UnbalancedQuotation },
        { Lead, ["Officials said the device was a weapon.'"], ReadabilityDefect.UnbalancedQuotation },
        { Lead, ["The bail hearing revealed the first charge.", "The bail hearing revealed a second charge too."], ReadabilityDefect.RepeatedOpening },
        { Lead, ["Ibrahimovic signed a one-year contract with the Galaxy.", "The Galaxy signed Ibrahimovic on a one-year contract."], ReadabilityDefect.Repetition },
        { Lead, [new string('a', 700) + "."], ReadabilityDefect.Overlong },
    };

    private static string Lead => "Zlatan Ibrahimovic has signed a one-year contract with LA Galaxy.";

    [Theory]
    [MemberData(nameof(Defects))]
    public void Check_KeyPointWithDefect_FindsIt(string paragraph, string[] points, ReadabilityDefect expected)
    {
        using var services = TestPipeline.Create();

        var findings = services.GetRequiredService<ReadabilityChecker>().Check(Article, new BriefingContent(paragraph, points));

        Assert.Contains(findings, f => f.Kind == expected);
    }

    [Fact]
    public void Check_ParagraphOpeningWithBackground_FindsIt()
    {
        using var services = TestPipeline.Create();

        var findings = services.GetRequiredService<ReadabilityChecker>().Check(
            Article + " He arrives on Monday. The Galaxy open their season against Portland on March 7. Their first home game is a week later. From this diverse melting pot came a generation of players who never played abroad.",
            new BriefingContent("From this diverse melting pot came a generation of players who never played abroad.", []));

        Assert.Equal([ReadabilityDefect.ParagraphOffLead], findings.Select(f => f.Kind));
    }

    [Fact]
    public void Check_SelfContainedBriefing_FindsNothing()
    {
        using var services = TestPipeline.Create();
        var content = new BriefingContent(
            "Zlatan Ibrahimovic has signed a one-year contract with LA Galaxy, the club announced on Friday. He will wear the number 9 shirt.",
            [
                "Zlatan Ibrahimovic has signed a one-year contract with LA Galaxy.",
                "[Ibrahimovic] will wear the number 9 shirt.",
                "A transfer fee of 3.5 million dollars went to the U.S. league, according to www.Example.com and press@galaxy.com.",
                "'We are delighted,' said coach Greg Vanney of the players' union deal.",
            ]);

        var findings = services.GetRequiredService<ReadabilityChecker>().Check(Article, content);

        Assert.Empty(findings);
    }

    [Fact]
    public void Check_PronounAfterTheSentenceBeforeIt_IsNotDangling()
    {
        using var services = TestPipeline.Create();
        var content = new BriefingContent(Lead, ["The Sweden striker, 38, scored 52 goals in 58 games for the club in his first spell.", "He will wear the number 9 shirt."]);

        var findings = services.GetRequiredService<ReadabilityChecker>().Check("Ibrahimovic is back. " + Article, content);

        Assert.DoesNotContain(findings, f => f.Location == "key point 2");
    }

    [Fact]
    public void Fixtures_ExtractiveBriefings_StayWithinTheDefectTarget()
    {
        using var services = TestPipeline.Create();
        var fixtures = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "tests", "Briefing.Core.Tests", "Evaluation", "Fixtures"), "*.txt");
        var findings = new List<IReadOnlyList<ReadabilityFinding>>();
        var failures = new StringBuilder();
        foreach (var path in fixtures.Order(StringComparer.Ordinal))
        {
            var article = services.GetRequiredService<ArticleIngestor>().Parse(new RawArticle(Path.GetFileName(path), File.ReadAllBytes(path), null, ".txt"));
            foreach (var length in Enum.GetValues<BriefingLength>())
            {
                var content = services.GetRequiredService<ExtractiveSummarizer>().Summarize(article, LengthPreset.For(length));
                var found = services.GetRequiredService<ReadabilityChecker>().Check(article.Body, content);
                findings.Add(found);
                foreach (var f in found)
                {
                    failures.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"{Path.GetFileName(path)} {length} {f.Location}: {f.Kind} in '{f.Excerpt}'");
                }
            }
        }

        Assert.True(fixtures.Length >= 7, "the fixtures folder holds the German, French, Spanish, Chinese and unbroken English articles");
        AssertWithinTarget(ReadabilityTally.Of(findings), failures.ToString());
    }

    [DevSetEvalFact]
    public async Task DevSet_ExtractiveBriefings_StayWithinTheDefectTarget()
    {
        using var services = TestPipeline.Create();
        var cases = await services.GetRequiredService<EvalDataset>().ReadAsync(Path.Combine(RepositoryPaths.Shared, DevSetEvalFactAttribute.DevSet), CancellationToken.None);

        foreach (var length in new[] { BriefingLength.Short, BriefingLength.Medium })
        {
            var report = await services.GetRequiredService<EvalRunner>().RunAsync(
                "dev", cases, new BriefingSettings(Length: length), SummaryTarget.KeyPoints, null, CancellationToken.None);

            var failures = string.Join('\n', report.Results.SelectMany(r => r.Readability.Select(f => $"{r.Id} {f.Location}: {f.Kind} in '{f.Excerpt}'")));
            AssertWithinTarget(report.Readability!, $"{length}:\n{failures}");
        }
    }

    [SharedDataFact(NewsClusters)]
    public void NewsClusters_ExtractiveBriefingsOfRawWebText_StayWithinTheDefectTarget()
    {
        using var services = TestPipeline.Create();
        var findings = new List<IReadOnlyList<ReadabilityFinding>>();
        var failures = new StringBuilder();
        foreach (var line in File.ReadLines(Path.Combine(RepositoryPaths.Shared, NewsClusters)))
        {
            using var json = System.Text.Json.JsonDocument.Parse(line);
            var id = json.RootElement.GetProperty("id").GetString()!;
            var text = json.RootElement.GetProperty("text").GetString()!;
            Article article;
            try
            {
                article = services.GetRequiredService<ArticleIngestor>().Parse(new RawArticle(id, Encoding.UTF8.GetBytes(text), null, ".txt"));
            }
            catch (ArticleException)
            {
                // A page with no article text left after extraction is reported as such, not briefed.
                continue;
            }

            var content = services.GetRequiredService<ExtractiveSummarizer>().Summarize(article, LengthPreset.For(BriefingLength.Medium));
            var found = services.GetRequiredService<ReadabilityChecker>().Check(article.Body, content);
            findings.Add(found);
            foreach (var f in found)
            {
                failures.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"{id} {f.Location}: {f.Kind} in '{f.Excerpt}'");
            }
        }

        Assert.True(findings.Count > 100, $"only {findings.Count} articles were briefed");
        AssertWithinTarget(ReadabilityTally.Of(findings), failures.ToString());
    }

    private static void AssertWithinTarget(ReadabilityTally tally, string failures)
    {
        foreach (var (kind, perHundred) in tally.PerHundred)
        {
            Assert.True(perHundred <= ReadabilityTally.TargetPerHundred, $"{kind}: {perHundred} per 100 briefings\n{failures}");
        }
    }
}
