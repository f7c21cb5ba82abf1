using Briefing.Articles;
using Briefing.Grounding;

namespace Briefing.Briefings;

/// <summary>The one pipeline the CLI and the worker share: ingest, generate (prompt, model, parse and check), stamp.</summary>
/// <remarks>Rendering and delivery stay with the caller because the CLI and the worker deliver differently.</remarks>
public sealed class BriefingPipeline(ArticleIngestor ingestor, IBriefingEngine engine, GroundingStage grounding, TimeProvider time)
{
    public async Task<BriefingResult> BriefAsync(ArticleInput input, BriefingSettings settings, CancellationToken cancellationToken)
    {
        var article = await ingestor.IngestAsync(input, cancellationToken);
        return await BriefAsync(article, settings, cancellationToken);
    }

    public async Task<BriefingResult> BriefAsync(Article article, BriefingSettings settings, CancellationToken cancellationToken)
    {
        var draft = await engine.GenerateAsync(article, settings, cancellationToken);
        (draft, var report) = await grounding.ApplyAsync(article, settings, draft, cancellationToken);
        return BriefingResult.From(article, draft, time.GetUtcNow()) with { Grounding = report };
    }
}
