using Briefing.Evaluation;
using Briefing.Support;
using Briefing.Text;

namespace Briefing.Stories;

public sealed class StoryGrouperTests
{
    private readonly StoryGrouper _grouper = new(new WordTokenizer(), new PorterStemmer());

    [Fact]
    public void Group_ThreeOutletsOnOneFire_OneStory()
    {
        var groups = _grouper.Group([StoryFixtures.WarehouseFire(0), StoryFixtures.WarehouseFire(1), StoryFixtures.WarehouseFire(2)]);

        Assert.Equal([[0, 1, 2]], groups);
    }

    [Fact]
    public void Group_SameCityDifferentEvents_NeverMerged()
    {
        var groups = _grouper.Group([StoryFixtures.WarehouseFire(0), StoryFixtures.CityMarathon(), StoryFixtures.CityRobbery()]);

        Assert.Equal([[0], [1], [2]], groups);
    }

    [Fact]
    public void Group_SamePersonDifferentEvents_NeverMerged()
    {
        var groups = _grouper.Group([StoryFixtures.TruckLaunch(), StoryFixtures.RocketLaunch()]);

        Assert.Equal([[0], [1]], groups);
    }

    [Fact]
    public void Similarities_FollowUpDaysLater_CountsHalf()
    {
        var sameDay = StoryFixtures.ShipFollowUp() with { PublishedAt = StoryFixtures.ShipAccident().PublishedAt };

        var later = _grouper.Similarities([StoryFixtures.ShipAccident(), StoryFixtures.ShipFollowUp()])[0, 1];
        var together = _grouper.Similarities([StoryFixtures.ShipAccident(), sameDay])[0, 1];

        Assert.Equal(together * StoryGrouper.LaterWeight, later, 6);
    }

    [Fact]
    public void Group_LightlyEditedCopyDaysLater_AlwaysJoins()
    {
        var groups = _grouper.Group([StoryFixtures.WarehouseFire(0), StoryFixtures.CityMarathon(), StoryFixtures.WarehouseFireCopy()]);

        Assert.Equal([[0, 2], [1]], groups);
    }

    [Fact]
    public void Group_AllHardCasesInOneRun_OnlyTheFireReportsJoin()
    {
        StoryCandidate[] run =
        [
            StoryFixtures.ShipAccident(), StoryFixtures.WarehouseFire(0), StoryFixtures.TruckLaunch(), StoryFixtures.CityMarathon(),
            StoryFixtures.WarehouseFire(1), StoryFixtures.RocketLaunch(), StoryFixtures.CityRobbery(),
            StoryFixtures.WarehouseFire(2), StoryFixtures.WarehouseFireCopy(),
        ];

        var groups = _grouper.Group(run);

        Assert.Equal([[0], [1, 4, 7, 8], [2], [3], [5], [6]], groups);
    }

    [Fact]
    public void Group_ShuffledInput_SameStories()
    {
        StoryCandidate[] run = [StoryFixtures.WarehouseFire(0), StoryFixtures.CityMarathon(), StoryFixtures.WarehouseFire(1), StoryFixtures.TruckLaunch()];
        int[] order = [3, 1, 2, 0];

        var straight = _grouper.Group(run).Select(g => g.Order().ToArray()).OrderBy(g => g[0]);
        var shuffled = _grouper.Group(order.Select(i => run[i]).ToList()).Select(g => g.Select(i => order[i]).Order().ToArray()).OrderBy(g => g[0]);

        Assert.Equal(straight, shuffled);
    }

    [Fact]
    public void Group_EmptyAndSingleArticle_NoStoriesAndOneStory()
    {
        Assert.Empty(_grouper.Group([]));
        Assert.Equal([[0]], _grouper.Group([new StoryCandidate(null, "", null)]));
    }

    [SharedDataFact(DevSet)]
    public async Task Group_DevelopmentSet_MeetsPrecisionAndF1TargetsAndBeatsTfIdf()
    {
        var cases = await new StoryEvalDataset().ReadAsync(Path.Combine(RepositoryPaths.Shared, DevSet), CancellationToken.None);

        var report = new StoryEvalRunner(_grouper, new TfIdfBaseline(new WordTokenizer())).Run("dev", cases);

        Assert.True(report.Grouping.Precision >= 0.99, $"B-cubed precision {report.Grouping.Precision:0.000}");
        Assert.True(report.Grouping.F1 >= 0.97, $"B-cubed F1 {report.Grouping.F1:0.000}");
        Assert.True(report.Grouping.F1 > report.TfIdf.F1, $"F1 {report.Grouping.F1:0.000} vs TF-IDF {report.TfIdf.F1:0.000}");
    }

    private const string DevSet = "eval/stories/news_clusters_dev.jsonl";
}
