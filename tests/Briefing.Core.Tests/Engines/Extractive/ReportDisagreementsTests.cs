using Briefing.Articles;

namespace Briefing.Engines.Extractive;

public sealed class ReportDisagreementsTests
{
    [Fact]
    public void Find_SameWordDifferentNumbers_SaysTheSourcesDiffer()
    {
        var lines = ReportDisagreements.Find(
        [
            Report("nytimes.com", "The ship struck the bridge; 25 hurt, police said."),
            Report("dailymail.co.uk", "The ship struck the bridge; 27 hurt in all."),
            Report("bbc.co.uk", "The ship struck the bridge on the Rhine in 2017."),
        ]);

        Assert.Equal(["The sources differ: nytimes.com gives 25 hurt, dailymail.co.uk gives 27 hurt."], lines);
    }

    [Fact]
    public void Find_YearsTimesAndAgreeingCounts_AreNotDisagreements()
    {
        var lines = ReportDisagreements.Find(
        [
            Report("a.example", "In 2017 some 1,200 firefighters came; the blaze began at 10:30 tonight."),
            Report("b.example", "In 2018 some 1200 firefighters came; the blaze began at 11:30 tonight."),
        ]);

        Assert.Empty(lines);
    }

    [Fact]
    public void Find_OneReportWithTwoValuesForAWord_IsLeftOut()
    {
        var lines = ReportDisagreements.Find(
        [
            Report("a.example", "Police arrested 3 people on Monday and 5 people on Tuesday."),
            Report("b.example", "Police arrested 4 people."),
        ]);

        Assert.Empty(lines);
    }

    private static Article Report(string source, string text) => new() { Source = source, Paragraphs = [text] };
}
