using Briefing.Articles;
using Briefing.Briefings;
using Briefing.ModelCalls.Replies;
using Briefing.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Grounding;

public sealed class GroundingCheckerTests
{
    private static readonly Article Wire = new()
    {
        Source = "wire.txt",
        Paragraphs =
        [
            "Four workers died in a massive oil rig fire off the coast of Mexico on Wednesday, Pemex said.",
            "Turnout was 45 percent, and 2.5 million voters cast a ballot in the Ukrainian capital after a five-year wait.",
            "\"We are doing everything we can to help the families,\" said company spokesman Juan Perez.",
        ],
    };

    [Fact]
    public async Task Check_SampleWithWellBehavedReply_IsGrounded()
    {
        using var services = TestPipeline.Create();
        var article = await TestPipeline.IngestSampleAsync(services);
        var content = new BriefingReplyParser().Parse(FakeReplies.Sample);

        var report = Checker(services).Check(article, content);

        Assert.Equal(GroundingVerdict.Grounded, report.Verdict);
        Assert.Empty(report.Unsupported);
        Assert.InRange(report.ContentPrecision, 0.85, 1.0);
    }

    [Fact]
    public void Check_InventedNumber_IsReportedWithItsUnitAndLocation()
    {
        var report = Check("Four workers died in the fire.", "Pemex said 12 workers were injured.", "Turnout was 45 percent.");

        var item = Assert.Single(report.Unsupported);
        Assert.Equal(new UnsupportedItem(UnsupportedKind.Number, "12", "key point 1"), item);
        Assert.Equal(GroundingVerdict.Unsupported, report.Verdict);
    }

    [Fact]
    public void Check_NumberWithWrongUnit_IsUnsupported()
    {
        var report = Check("Turnout was 45 hours.", "Four workers died.");

        Assert.Equal([new UnsupportedItem(UnsupportedKind.Number, "45 hours", "briefing")], report.Unsupported);
    }

    [Fact]
    public void Check_MisquotedStatement_IsReported()
    {
        var report = Check("\"We are doing everything we can to help the victims,\" Perez said.", "Four workers died.");

        var item = Assert.Single(report.Unsupported);
        Assert.Equal(UnsupportedKind.Quote, item.Kind);
        Assert.Equal("We are doing everything we can to help the victims,", item.Text);
    }

    [Fact]
    public void Check_AddedName_IsReported()
    {
        var report = Check("Four workers died, Pemex said.", "President Andrés Manuel López Obrador visited the platform.");

        var item = Assert.Single(report.Unsupported);
        Assert.Equal(UnsupportedKind.Name, item.Kind);
        Assert.Equal("President Andrés Manuel López Obrador", item.Text);
        Assert.Equal("key point 1", item.Location);
    }

    [Theory]
    [InlineData("Turnout was 45%.")]
    [InlineData("Turnout was 45 per cent.")]
    [InlineData("2,500,000 voters cast a ballot.")]
    [InlineData("2.5m voters cast a ballot in the Ukrainian capital.")]
    [InlineData("The vote came after a 5-year wait.")]
    [InlineData("4 workers died on Wednesday.")]
    [InlineData("Spokesman Juan Perez said: \"We are doing everything we can to help the families.\"")]
    [InlineData("Ukraine's capital voted; Mexico's Pemex reported the fire.")]
    public void Check_SameFactsWrittenDifferently_AreSupported(string statement)
    {
        var report = Check(statement, "Four workers died.");

        Assert.DoesNotContain(report.Unsupported, u => u.Kind == UnsupportedKind.Number || u.Kind == UnsupportedKind.Quote);
        Assert.DoesNotContain(report.Unsupported, u => u.Text is "Ukraine" or "Pemex" or "Mexico" or "Juan Perez");
    }

    [Fact]
    public void Check_SentencesJoinedFromDifferentPlaces_DoNotPairQuotationMarksAcrossThem()
    {
        var article = new Article
        {
            Source = "fish.txt",
            Paragraphs = ["He said: \"The fish was flopping on my legs.", "Patel screamed at teammate Yoni David.", "It was over in seconds,\" he added."],
        };
        using var services = TestPipeline.Create();

        var joined = Checker(services).Check(article, new BriefingContent("He said: \"The fish was flopping on my legs. It was over in seconds,\" he added.", ["Patel screamed."]));
        var misquoted = Checker(services).Check(article, new BriefingContent("He said: \"The fish was flopping on my arms. It was over in seconds,\" he added.", ["Patel screamed."]));

        Assert.Empty(joined.Unsupported);
        Assert.Equal(UnsupportedKind.Quote, Assert.Single(misquoted.Unsupported).Kind);
    }

    [Fact]
    public void Check_WordsNotInTheArticle_LowerContentPrecision()
    {
        var grounded = Check("Four workers died in a fire off Mexico.", "Pemex said so.");
        var embellished = Check("Four workers died in a catastrophic explosion blamed on negligence.", "Pemex said so.");

        Assert.Equal(1.0, grounded.ContentPrecision);
        Assert.InRange(embellished.ContentPrecision, 0.2, 0.7);
    }

    private static GroundingReport Check(string briefing, params string[] keyPoints)
    {
        using var services = TestPipeline.Create();
        return Checker(services).Check(Wire, new BriefingContent(briefing, keyPoints));
    }

    private static GroundingChecker Checker(IServiceProvider services) => services.GetRequiredService<GroundingChecker>();
}
