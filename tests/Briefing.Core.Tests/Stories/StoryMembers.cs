using Briefing.Rendering;
using Briefing.State;

namespace Briefing.Stories;

/// <summary>Story members made from the hand-written fixtures, as the digest would read them back.</summary>
internal static class StoryMembers
{
    public static StoryMember From(StoryCandidate article, string source)
    {
        var stem = "2026-03-10-" + BriefingFileNamerSlug(article.Title ?? source);
        var lede = article.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[0];
        var briefing = new BriefingDocument(
            article.Title, source, null, article.PublishedAt, "en", lede, [lede],
            new BriefingDocument.EngineDocument("extractive", "built-in extractive", null, null), article.PublishedAt ?? DateTimeOffset.UnixEpoch);
        var body = string.Join("\n\n", article.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return new StoryMember(stem, briefing, new StoredArticleText(stem, article.Title, source, body, article.PublishedAt));
    }

    public static IReadOnlyList<StoryMember> Fire() =>
    [
        From(StoryFixtures.WarehouseFire(0), "https://www.harbour-news.example/fire"),
        From(StoryFixtures.WarehouseFire(1), "https://city-post.example/blaze"),
        From(StoryFixtures.WarehouseFire(2), "port-fire.txt"),
    ];

    private static string BriefingFileNamerSlug(string text) => Delivery.BriefingFileNamer.Slug(text);
}
