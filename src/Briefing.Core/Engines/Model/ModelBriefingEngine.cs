using Briefing.Articles;
using Briefing.Briefings;
using Briefing.Caching;
using Briefing.Engines.Model.Fallback;
using Briefing.Engines.Model.LongArticles;
using Briefing.ModelCalls;
using Briefing.ModelCalls.Replies;
using Briefing.ModelCalls.Usage;
using Briefing.Prompts;
using Briefing.Providers;
using Microsoft.Extensions.Options;

namespace Briefing.Engines.Model;

/// <summary>Writes briefings with a language model: cache first, then a checked (and if need be repaired) model reply, else the fallback policy.</summary>
/// <remarks>
/// Retries live in the HttpClient, checking and repair in <see cref="ModelConversation"/>, the policy in <see cref="ModelFallback"/>.
/// An article whose prompt would not fit the context budget is first condensed in parts by <see cref="LongArticleCondenser"/>.
/// </remarks>
internal sealed class ModelBriefingEngine(
    ModelConversation conversation,
    ModelInvoker invoker,
    LongArticleCondenser condenser,
    ModelFallback fallback,
    BriefingCache cache,
    BriefingMetrics metrics,
    PromptLibrary prompts,
    IOptions<ModelOptions> options) : IBriefingEngine
{
    public async Task<BriefingDraft> GenerateAsync(Article article, BriefingSettings settings, CancellationToken cancellationToken)
    {
        var model = options.Value;
        var rendered = await invoker.RenderIfFitsAsync(article, settings, cancellationToken);
        var inParts = rendered is null;
        var promptVersion = (inParts, article.Kind) switch
        {
            (true, _) => prompts.InPartsVersion,
            (_, ArticleKind.Story) => prompts.SummarizeStoryVersion,
            (_, ArticleKind.Overview) => prompts.OverviewVersion,
            _ => prompts.SummarizeVersion,
        };
        // Replayed fake replies are not worth keeping, and keeping them would hide edits to the reply files.
        var keyVersion = inParts ? $"{promptVersion}|{condenser.PartSettings}" : promptVersion;
        var key = model.Kind == ModelProvider.Fake ? null : CacheKey.For(article, settings, keyVersion, model);
        if (key is not null && await cache.TryGetAsync(key, cancellationToken) is { } cached)
        {
            metrics.Record(model.DisplayModel, "cached", ModelUsage.FromCache);
            return cached with { WrittenInParts = inParts };
        }

        var (outcome, partsNote) = inParts
            ? await InPartsAsync(article, settings, cancellationToken)
            : (await conversation.RunAsync(article, settings, rendered, cancellationToken), null);

        if (outcome.Content is not { } content)
        {
            var failed = await RecordFailureAsync(article, settings, outcome, cancellationToken);
            return failed;
        }

        var draft = new BriefingDraft(content, Engine(model, promptVersion, partsNote), outcome.Usage) { WrittenInParts = inParts, CacheKey = key };
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

    private async Task<(ModelOutcome Outcome, string? Note)> InPartsAsync(Article article, BriefingSettings settings, CancellationToken cancellationToken)
    {
        var condensed = await condenser.CondenseAsync(article, settings, cancellationToken);
        if (condensed.Notes is not { } notes)
        {
            return (ModelOutcome.Failed(condensed.Failure ?? "The article could not be summarized in parts.", condensed.Usage, condensed.Error), null);
        }

        var final = await conversation.RunAsync(notes, settings, rendered: null, cancellationToken);
        var passes = condensed.CombinePasses switch
        {
            0 => string.Empty,
            1 => ", then 1 combining pass,",
            var n => $", then {n} combining passes,",
        };
        var note = $"Produced in parts: the article was longer than the model's context budget, so notes were taken on {condensed.Parts} parts{passes} and the briefing was written from them.";
        return (final with { Usage = condensed.Usage.Add(final.Usage) }, note);
    }

    private EngineInfo Engine(ModelOptions model, string promptVersion, string? partsNote)
    {
        var kind = model.Kind == ModelProvider.Fake ? EngineKinds.Fake : EngineKinds.Model;
        var fakeNote = kind == EngineKinds.Fake ? "Fake model: a replayed reply, not a summary of this article." : null;
        string?[] notes = [fakeNote, partsNote];
        var note = string.Join(" ", notes.Where(n => n is not null));
        return new EngineInfo(kind, model.DisplayModel, promptVersion, note.Length == 0 ? null : note);
    }
}
