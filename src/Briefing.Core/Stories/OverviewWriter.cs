using Briefing.Articles;
using Briefing.Briefings;
using Briefing.ModelCalls.Budget;
using Briefing.Pipeline;
using Briefing.Providers;
using Briefing.Rendering;
using Briefing.Text;
using Microsoft.Extensions.Options;

namespace Briefing.Stories;

/// <summary>Writes "Today in brief" over the top stories: with a model, one more prompt over their briefings; without
/// one, each story's lead point.</summary>
/// <remarks>
/// A model's overview must give exactly one line per story, in order, or the lines could point at the wrong story; any
/// other reply, or a failed call, falls back to the lead points with a note. The grounding check reads the story
/// briefings the overview came from.
/// </remarks>
internal sealed class OverviewWriter(BriefingPipeline pipeline, SentenceSplitter splitter, WordTokenizer tokenizer, IOptions<ModelOptions> model)
{
    /// <summary>Most lines the overview shows; a quiet day shows fewer.</summary>
    public const int MaxLines = 5;

    public async Task<Overview> WriteAsync(IReadOnlyList<Story> ranked, BriefingSettings settings, CancellationToken cancellationToken)
    {
        var top = ranked.Take(MaxLines).ToList();
        if (top.Count == 0)
        {
            return Overview.Empty;
        }

        var leads = top.Select((story, i) => new OverviewLine(i, LeadPoint(story))).ToList();
        if (model.Value.Kind == ModelProvider.Extractive)
        {
            return new Overview(leads, null, null, null);
        }

        var reports = top.Select((s, i) => new Article { Source = $"story {i + 1}", Title = s.Headline, Paragraphs = [s.Briefing.Briefing, .. s.Briefing.KeyPoints] }).ToList();
        var overview = new Article
        {
            Source = "the story briefings below",
            Title = "Today in brief",
            Paragraphs = reports.SelectMany(r => r.Paragraphs).ToList(),
            Kind = ArticleKind.Overview,
            Reports = reports,
        };

        try
        {
            // The overview's size is its own (one line per top story), whatever length the reader chose for briefings.
            var result = await pipeline.BriefAsync(overview, settings with { Length = BriefingLength.Medium }, cancellationToken);
            var usage = result.Usage is { } used ? BriefingDocument.UsageDocument.From(used) : null;
            if (result.Engine.Kind == EngineKinds.Extractive || result.Content.KeyPoints.Count != top.Count)
            {
                return new Overview(leads, null, usage, "The model's overview did not give one line per story, so each line is the story's lead point.");
            }

            var lines = result.Content.KeyPoints.Select((text, i) => new OverviewLine(i, text)).ToList();
            return new Overview(lines, GroundingDocument.From(result.Grounding), usage, null);
        }
        catch (Exception e) when (e is ModelException or ArticleException or ContextBudgetExceededException)
        {
            return new Overview(leads, null, null, $"The overview could not be written ({e.Message.TrimEnd('.')}), so each line is the story's lead point.");
        }
    }

    /// <summary>The sentence that says most of what the headline says: the briefing's opening sentence or one of its key points.</summary>
    /// <remarks>The headline names the event; the line that shares most of its words tells it with facts. Ties go to the earlier candidate.</remarks>
    public string LeadPoint(Story story)
    {
        var headline = tokenizer.ContentWords(story.Headline).ToHashSet(StringComparer.Ordinal);
        string[] candidates = [.. splitter.Split(story.Briefing.Briefing).Take(1), .. story.Briefing.KeyPoints.Where(p => !string.IsNullOrWhiteSpace(p))];
        return candidates.Length == 0
            ? story.Headline
            : candidates.Select((text, i) => (Text: text, Shared: tokenizer.ContentWords(text).Distinct(StringComparer.Ordinal).Count(headline.Contains), Index: i))
                .OrderByDescending(c => c.Shared).ThenBy(c => c.Index).First().Text;
    }
}
