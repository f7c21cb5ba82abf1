using Briefing.Articles;

namespace Briefing.Briefings;

/// <summary>The one pipeline the CLI and the worker share: ingest, generate (prompt, model, parse and check), stamp.</summary>
/// <remarks>Rendering and delivery stay with the caller because the CLI and the worker deliver differently.</remarks>
public sealed class BriefingPipeline(ArticleIngestor ingestor, IBriefingEngine engine, TimeProvider time)
{
    public async Task<BriefingResult> BriefAsync(ArticleInput input, BriefingSettings settings, CancellationToken cancellationToken)
    {
        var article = await ingestor.IngestAsync(input, cancellationToken);
        return await BriefAsync(article, settings, cancellationToken);
    }

    public async Task<BriefingResult> BriefAsync(Article article, BriefingSettings settings, CancellationToken cancellationToken)
    {
        var draft = await engine.GenerateAsync(article, settings, cancellationToken);
        return BriefingResult.From(article, draft, time.GetUtcNow());
    }
}
