using Briefing.Briefings;
using Briefing.State;
using Briefing.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Stories;

public sealed class StoryDeskTests : IDisposable
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private readonly TemporaryFolder _folder = new();
    private readonly ServiceProvider _services;

    public StoryDeskTests()
    {
        _services = TestPipeline.Create(settings: new Dictionary<string, string?>
        {
            ["Briefing:Worker:InboxFolders:0"] = _folder.Combine("inbox"),
            ["Briefing:Worker:StateDatabase"] = _folder.Combine("state.db"),
        });
    }

    private StoryDesk Desk => _services.GetRequiredService<StoryDesk>();

    private StoryStateStore Store => _services.GetRequiredService<StoryStateStore>();

    [Fact]
    public async Task BuildAsync_StoryBriefedYesterday_NewReportIsMarkedAsAnUpdateOfIt()
    {
        var yesterday = new DateTimeOffset(2026, 3, 9, 7, 0, 0, TimeSpan.FromHours(1));
        var first = await Desk.BuildAsync([StoryMembers.Fire()[0]], yesterday, Berlin, new BriefingSettings(), CancellationToken.None);
        await RememberAsync(first, yesterday);

        var today = await Desk.BuildAsync([StoryMembers.Fire()[1], StoryMembers.From(StoryFixtures.CityMarathon(), "marathon.txt")], yesterday.AddDays(1), Berlin, new BriefingSettings(), CancellationToken.None);

        var fire = Assert.Single(today, s => s.Headline.Contains("blaze", StringComparison.Ordinal));
        Assert.Equal(first[0].Id, fire.UpdateOf?.Id);
        Assert.Equal(first[0].Id, fire.Id);
        Assert.Null(Assert.Single(today, s => s != fire).UpdateOf);
    }

    [Fact]
    public async Task BuildAsync_SameStoryBriefedAWeekAgo_IsNotAnUpdate()
    {
        var weekAgo = new DateTimeOffset(2026, 3, 3, 7, 0, 0, TimeSpan.FromHours(1));
        await RememberAsync(await Desk.BuildAsync([StoryMembers.Fire()[0]], weekAgo, Berlin, new BriefingSettings(), CancellationToken.None), weekAgo);

        var today = await Desk.BuildAsync([StoryMembers.Fire()[1]], weekAgo.AddDays(7), Berlin, new BriefingSettings(), CancellationToken.None);

        Assert.Null(Assert.Single(today).UpdateOf);
    }

    [Fact]
    public async Task BuildAsync_OtherEventInTheSameCityYesterday_IsNotAnUpdate()
    {
        var yesterday = new DateTimeOffset(2026, 3, 9, 7, 0, 0, TimeSpan.FromHours(1));
        await RememberAsync(await Desk.BuildAsync([StoryMembers.From(StoryFixtures.CityMarathon(), "marathon.txt")], yesterday, Berlin, new BriefingSettings(), CancellationToken.None), yesterday);

        var today = await Desk.BuildAsync([StoryMembers.From(StoryFixtures.CityRobbery(), "robbery.txt")], yesterday.AddDays(1), Berlin, new BriefingSettings(), CancellationToken.None);

        Assert.Null(Assert.Single(today).UpdateOf);
    }

    [Fact]
    public async Task BuildAsync_MoreSourcesFirst_ThenWeightierNews()
    {
        StoryMember[] members =
        [
            StoryMembers.From(StoryFixtures.CityMarathon(), "marathon.txt"),
            StoryMembers.From(StoryFixtures.TruckLaunch(), "truck.txt"),
            .. StoryMembers.Fire(),
            StoryMembers.From(StoryFixtures.ShipAccident(), "ship.txt"),
        ];

        var stories = await Desk.BuildAsync(members, new DateTimeOffset(2026, 3, 10, 7, 0, 0, TimeSpan.FromHours(1)), Berlin, new BriefingSettings(), CancellationToken.None);

        Assert.Equal(4, stories.Count);
        Assert.Equal(3, stories[0].Coverage);
        Assert.Contains("Rhine bridge", stories[1].Headline, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BuildAsync_ArticleWithoutTitle_HeadlineIsItsOpeningWordsNotItsFileName()
    {
        var member = StoryMembers.From(new StoryCandidate(null, "The council approved the budget for the new school year on Monday after a long debate in the town hall.", null), "cape-verde-music.txt");

        var story = Assert.Single(await Desk.BuildAsync([member], TestPipeline.Now, Berlin, new BriefingSettings(), CancellationToken.None));

        Assert.Equal("The council approved the budget for the new school year on Monday…", story.Headline);
    }

    [Fact]
    public async Task RememberAsync_StoryTooOldToContinue_ItsTextsAreForgottenAndNewerOnesKept()
    {
        var weekAgo = new DateTimeOffset(2026, 3, 3, 7, 0, 0, TimeSpan.FromHours(1));
        var old = await Desk.BuildAsync([StoryMembers.Fire()[0]], weekAgo, Berlin, new BriefingSettings(), CancellationToken.None);
        await RememberAsync(old, weekAgo);
        var today = await Desk.BuildAsync([StoryMembers.Fire()[1]], weekAgo.AddDays(7), Berlin, new BriefingSettings(), CancellationToken.None);

        await RememberAsync(today, weekAgo.AddDays(7));

        var texts = await Store.ArticlesAsync([old[0].Members[0].Stem, today[0].Members[0].Stem], CancellationToken.None);
        Assert.Equal([today[0].Members[0].Stem], texts.Keys);
    }

    // As a run does: each article's text is kept when it is briefed, the stories once their digest is written.
    private async Task RememberAsync(IReadOnlyList<Story> stories, DateTimeOffset at)
    {
        foreach (var member in stories.SelectMany(s => s.Members))
        {
            await Store.RememberArticleAsync(member.Text!, CancellationToken.None);
        }

        await Desk.RememberAsync(stories, at, Berlin, CancellationToken.None);
    }

    public void Dispose()
    {
        _services.Dispose();
        _folder.Dispose();
    }
}
