using Briefing.Articles;
using Briefing.Briefings;
using Briefing.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Grounding;

/// <summary>Statements the check once flagged or passed wrongly, each with the statement that must still be caught.</summary>
public sealed class GroundingMisfireTests
{
    private static readonly Article Match = new()
    {
        Source = "match.txt",
        Paragraphs =
        [
            "United were 4-3 up at half-time and had beaten City 3-1 in the first leg.",
            "Root made a century in each innings, the first batsman to do so at Lord's since 1990.",
            "\"We played with courage, and we never stopped believing in each other,\" the manager said after the match.",
            "The stadium holds 74,000 people and the season runs from 2024-25.",
            "Repairs to the roof will take 10-15 months.",
        ],
    };

    [Fact]
    public void Check_ScoreWhoseNumbersOccurOnlyInOtherScores_IsUnsupported()
    {
        var report = Check("United won 4-1.");

        Assert.Equal([new UnsupportedItem(UnsupportedKind.Number, "4-1", "briefing")], report.Unsupported);
    }

    [Theory]
    [InlineData("United led 4-3 at half-time.")]
    [InlineData("United had won the first leg 3\u20131.")]
    [InlineData("The season runs from 2024-25.")]
    [InlineData("Roof repairs will take 10\u201315 months.")]
    [InlineData("Roof repairs will take 10-15.")]
    public void Check_ScoreOrRangeAsWritten_IsSupported(string briefing)
    {
        Assert.Empty(Check(briefing).Unsupported);
    }

    [Fact]
    public void Check_RangeWithAnotherUnit_IsUnsupported()
    {
        Assert.Equal([new UnsupportedItem(UnsupportedKind.Number, "10-15 years", "briefing")], Check("Roof repairs will take 10-15 years.").Unsupported);
    }

    [Theory]
    [InlineData("\"We played with courage \u2026 we never stopped believing in each other,\" the manager said.")]
    [InlineData("\"We played with courage ... we never stopped believing,\" the manager said.")]
    [InlineData("\"We played with courage [...] we never stopped believing,\" the manager said.")]
    [InlineData("\"We played with courage\u2026and we never stopped believing,\" the manager said.")]
    public void Check_QuotationWithWordsLeftOut_IsSupportedFragmentByFragment(string briefing)
    {
        Assert.Empty(Check(briefing).Unsupported);
    }

    [Fact]
    public void Check_QuotationWithWordsLeftOutAndOneFragmentChanged_IsUnsupported()
    {
        var report = Check("\"We played with courage \u2026 we never stopped doubting each other,\" the manager said.");

        Assert.Equal(UnsupportedKind.Quote, Assert.Single(report.Unsupported).Kind);
    }

    [Fact]
    public void Check_CricketCenturies_AreNotReadAsATimeSpan()
    {
        Assert.Empty(Check("Root scored two centuries at Lord's.").Unsupported);
    }

    [Fact]
    public void Check_NumberOfYearsNotInTheArticle_IsStillUnsupported()
    {
        Assert.Equal([new UnsupportedItem(UnsupportedKind.Number, "35 years", "briefing")], Check("It was the first such feat in 35 years.").Unsupported);
    }

    [Theory]
    [InlineData("UNK")]
    [InlineData("<unk>")]
    [InlineData("[UNK]")]
    public void Check_PlaceholderToken_IsNotReadAsAName(string placeholder)
    {
        Assert.Empty(Check($"The manager of {placeholder} said the team played with courage.").Unsupported);
    }

    [Fact]
    public void Check_NameNextToAPlaceholder_IsStillChecked()
    {
        var report = Check("Coach Pep Guardiola of UNK praised the team.");

        Assert.Equal("Coach Pep Guardiola", Assert.Single(report.Unsupported).Text);
    }

    private static GroundingReport Check(string briefing)
    {
        using var services = TestPipeline.Create();
        return services.GetRequiredService<GroundingChecker>().Check(Match, new BriefingContent(briefing, ["United played City."]));
    }
}
