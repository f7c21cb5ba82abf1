using Briefing.Articles;
using Briefing.Briefings;
using Briefing.Caching;
using Briefing.Models.Budget;
using Briefing.Models.Fallback;
using Briefing.Models.Replies;
using Briefing.Models.Usage;
using Briefing.Prompts;
using Microsoft.Extensions.Options;

namespace Briefing.Models;

/// <summary>Writes briefings with a language model: cache first, then a checked (and if need be repaired) model reply, else the fallback policy.</summary>
/// <remarks>Retries live in the HttpClient, checking and repair in <see cref="ModelConversation"/>, the policy in <see cref="ModelFallback"/>.</remarks>
public sealed class ModelBriefingEngine(
    ModelConversation conversation,
    ModelFallback fallback,
    BriefingCache cache,
    BriefingMetrics metrics,
    PromptLibrary prompts,
    IOptions<ModelOptions> options) : IBriefingEngine
{
    public async Task<BriefingDraft> GenerateAsync(Article article, BriefingSettings settings, CancellationToken cancellationToken)
    {
        var model = options.Value;
        // Replayed fake replies are not worth keeping, and keeping them would hide edits to the reply files.
        var key = model.Kind == ModelProvider.Fake ? null : CacheKey.For(article, settings, prompts.SummarizeVersion, model);
        if (key is not null && await cache.TryGetAsync(key, cancellationToken) is { } cached)
        {
            metrics.Record(model.DisplayModel, "cached", ModelUsage.FromCache);
            return cached;
        }

        ModelOutcome outcome;
        try
        {
            outcome = await conversation.RunAsync(article, settings, cancellationToken);
        }
        catch (ContextBudgetExceededException e)
        {
            metrics.Record(model.DisplayModel, "failed", ModelUsage.None);
            throw new ModelException(e.Message, e);
        }

        if (outcome.Content is not { } content)
        {
            var failed = await RecordFailureAsync(article, settings, outcome, cancellationToken);
            return failed;
        }

        var draft = new BriefingDraft(content, Engine(model), outcome.Usage);
        metrics.Record(model.DisplayModel, outcome.Repaired ? "repaired" : "model", outcome.Usage);
        if (key is not null)
        {
            await cache.StoreAsync(key, draft, cancellationToken);
        }

        return draft;
    }

    private async Task<BriefingDraft> RecordFailureAsync(Article article, BriefingSettings settings, ModelOutcome outcome, CancellationToken cancellationToken)
    {
        var model = options.Value.DisplayModel;
        try
        {
            var draft = await fallback.ApplyAsync(article, settings, outcome, cancellationToken);
            metrics.Record(model, "fallback", outcome.Usage);
            return draft;
        }
        catch (ModelException)
        {
            metrics.Record(model, "failed", outcome.Usage);
            throw;
        }
    }

    private EngineInfo Engine(ModelOptions model)
    {
        var kind = model.Kind == ModelProvider.Fake ? EngineKinds.Fake : EngineKinds.Model;
        var note = kind == EngineKinds.Fake ? "Fake model: a replayed reply, not a summary of this article." : null;
        return new EngineInfo(kind, model.DisplayModel, prompts.SummarizeVersion, note);
    }
}
