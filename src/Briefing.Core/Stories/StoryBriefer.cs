using Briefing.Articles;
using Briefing.Briefings;
using Briefing.ModelCalls.Budget;
using Briefing.Pipeline;
using Briefing.Rendering;

namespace Briefing.Stories;

/// <summary>Writes one briefing for a story from all its articles, through the same pipeline as an article's briefing.</summary>
/// <remarks>
/// The story goes to the engine as one text whose reports stay apart (<see cref="ArticleKind.Story"/>), so a model gets
/// the story prompt and the extractive engine chooses from every report; the grounding check reads the union. When no
/// briefing can be written, the story shows its first article's briefing and says why: a story is never dropped.
/// </remarks>
internal sealed class StoryBriefer(BriefingPipeline pipeline)
{
    public async Task<(BriefingDocument Briefing, string? Note)> BriefAsync(
        IReadOnlyList<StoryMember> members, string headline, BriefingSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            return (BriefingDocument.From(await BriefAsync(members.Select(Report).ToList(), headline, settings, cancellationToken)), null);
        }
        catch (Exception e) when (e is ModelException or ArticleException or ContextBudgetExceededException)
        {
            var note = $"One briefing for all {members.Count} reports could not be written ({e.Message.TrimEnd('.')}); this is the first report's briefing.";
            return (members[0].Briefing, note);
        }
    }

    /// <summary>One briefing from several reports of one event, each an article; a failure of the model call propagates.</summary>
    public Task<BriefingResult> BriefAsync(IReadOnlyList<Article> reports, string headline, BriefingSettings settings, CancellationToken cancellationToken)
    {
        var story = new Article
        {
            Source = string.Join(", ", reports.Select(r => r.Source).Distinct(StringComparer.OrdinalIgnoreCase)),
            Title = headline,
            PublishedAt = reports.Max(r => r.PublishedAt),
            Language = reports.Select(r => r.Language).FirstOrDefault(l => l is not null),
            Paragraphs = reports.SelectMany(r => r.Paragraphs).ToList(),
            Kind = ArticleKind.Story,
            Reports = reports,
        };
        return pipeline.BriefAsync(story, settings, cancellationToken);
    }

    private static Article Report(StoryMember member) => new()
    {
        Source = member.Outlet,
        Title = member.Text?.Title ?? member.Briefing.Title,
        PublishedAt = member.Text?.PublishedAt ?? member.Briefing.PublishedAt,
        Language = member.Briefing.Language,
        Paragraphs = (member.Text?.Body ?? member.Candidate.Text).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
    };
}
