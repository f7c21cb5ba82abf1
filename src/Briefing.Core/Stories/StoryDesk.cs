using System.Security.Cryptography;
using System.Text;
using Briefing.Briefings;
using Briefing.State;

namespace Briefing.Stories;

/// <summary>Turns a digest's briefed articles into ranked stories: groups them, briefs each story once, and marks the
/// stories that continue one briefed earlier today or yesterday.</summary>
internal sealed class StoryDesk(StoryGrouper grouper, StoryBriefer briefer, StoryRanker ranker, StoryStateStore store)
{
    public async Task<IReadOnlyList<Story>> BuildAsync(
        IReadOnlyList<StoryMember> members, DateTimeOffset runAt, TimeZoneInfo zone, BriefingSettings settings, CancellationToken cancellationToken)
    {
        var groups = grouper.Group(members.Select(m => m.Candidate).ToList());
        var earlier = await EarlierAsync(members, runAt, zone, cancellationToken);
        var stories = new List<Story>();
        foreach (var group in groups)
        {
            // Sources in the order they were published: the first report names the story.
            var story = group.Select(i => members[i]).OrderBy(m => m.Candidate.PublishedAt ?? m.Briefing.GeneratedAt).ThenBy(m => m.Stem, StringComparer.Ordinal).ToList();
            var headline = StoryHeadline.For(story, story[0].Briefing);
            var (briefing, note) = story.Count == 1 ? (story[0].Briefing, null) : await briefer.BriefAsync(story, headline, settings, cancellationToken);
            var candidates = story.Select(m => m.Candidate).ToList();
            var update = earlier.Where(e => grouper.Continues(candidates, e.Articles)).Select(e => e.Story).FirstOrDefault();
            stories.Add(new Story(update?.Id ?? NewId(story), StoryHeadline.For(story, briefing), story, briefing, update, note));
        }

        return ranker.Rank(stories);
    }

    /// <summary>Remembers the stories once their digest is written, so tomorrow's articles can continue them, and forgets
    /// the texts of stories too old to be continued.</summary>
    public async Task RememberAsync(IReadOnlyList<Story> stories, DateTimeOffset runAt, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        foreach (var story in stories)
        {
            // Texts are normally kept as each article is briefed; a member read back without one keeps what the grouping used.
            foreach (var member in story.Members.Where(m => m.Text is null))
            {
                var candidate = member.Candidate;
                await store.RememberArticleAsync(new StoredArticleText(member.Stem, candidate.Title, member.Briefing.Source, candidate.Text, candidate.PublishedAt), cancellationToken);
            }

            await store.SaveStoryAsync(story.Id, story.Headline, story.Members.Select(m => m.Stem).ToList(), runAt, cancellationToken);
        }

        await store.ForgetTextsBeforeAsync(StartOfYesterday(runAt, zone), cancellationToken);
    }

    // Stories briefed since the start of yesterday in the worker's time zone, with their articles' texts. A story that
    // already holds one of these articles (a digest that failed after remembering) is not an earlier story of it.
    private async Task<List<(StoredStory Story, IReadOnlyList<StoryCandidate> Articles)>> EarlierAsync(
        IReadOnlyList<StoryMember> members, DateTimeOffset runAt, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var stories = await store.StoriesSinceAsync(StartOfYesterday(runAt, zone), cancellationToken);
        var current = members.Select(m => m.Stem).ToHashSet(StringComparer.Ordinal);
        var texts = await store.ArticlesAsync(stories.SelectMany(s => s.Stems), cancellationToken);
        return stories
            .Where(s => !s.Stems.Any(current.Contains))
            .Select(s => (s, (IReadOnlyList<StoryCandidate>)s.Stems.Where(texts.ContainsKey).Select(stem => Candidate(texts[stem])).ToList()))
            .Where(s => s.Item2.Count > 0)
            .ToList();
    }

    /// <summary>Midnight at the start of yesterday in the worker's time zone: stories briefed since then can be continued.</summary>
    private static DateTimeOffset StartOfYesterday(DateTimeOffset runAt, TimeZoneInfo zone)
    {
        var yesterday = TimeZoneInfo.ConvertTime(runAt, zone).Date.AddDays(-1);
        return new DateTimeOffset(yesterday, zone.GetUtcOffset(yesterday));
    }

    private static StoryCandidate Candidate(StoredArticleText text) => new(text.Title, text.Body, text.PublishedAt);

    private static string NewId(List<StoryMember> story) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(story[0].Stem)))[..16];
}
