using System.Globalization;
using Briefing.Delivery;
using Briefing.Rendering;
using Briefing.State;
using Briefing.Stories;

namespace Briefing.Support;

/// <summary>Digests built by hand, one story per briefing unless grouped, for the renderer and totals tests.</summary>
internal static class DigestFixtures
{
    public static readonly DateTimeOffset RunAt = new(2026, 3, 2, 6, 30, 0, TimeSpan.Zero);

    public static BriefingDocument Document(
        string? title, string source, BriefingDocument.UsageDocument? usage = null, GroundingDocument? grounding = null, string briefing = "A briefing.", params string[] points) => new(
        title, source, null, RunAt.AddHours(-2), "en", briefing, points.Length == 0 ? ["A point."] : points,
        new BriefingDocument.EngineDocument(usage is null ? "extractive" : "model", "m", null, null), RunAt, grounding, usage);

    public static Digest Of(IReadOnlyList<BriefingDocument> documents, int failures = 0, IReadOnlyList<IReadOnlyList<int>>? groups = null, Overview? overview = null)
    {
        var entries = documents.Select((d, i) => new DigestEntry($"2026-03-02-item-{i}-0000000{i}", d)).ToList();
        var members = entries.Select(e => new StoryMember(e.Stem, e.Document, null)).ToList();
        groups ??= Enumerable.Range(0, documents.Count).Select(i => (IReadOnlyList<int>)[i]).ToList();
        var stories = groups.Select(g => new Story($"s{g[0]}", documents[g[0]].Title ?? "Untitled", g.Select(i => members[i]).ToList(), documents[g[0]], null)).ToList();
        var failed = Enumerable.Range(0, failures).Select(i => new SourceFailure($"bad-{i}.txt", "No text.")).ToList();
        overview ??= new Overview(stories.Select((s, i) => new OverviewLine(i, s.Briefing.KeyPoints[0])).ToList(), null, null, null);
        return new Digest(RunAt, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"), CultureInfo.GetCultureInfo("en-GB"), overview, stories, entries, failed, []);
    }
}
