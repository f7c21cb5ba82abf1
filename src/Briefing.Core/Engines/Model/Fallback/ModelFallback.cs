using Briefing.Articles;
using Briefing.Briefings;
using Briefing.Engines.Extractive;
using Briefing.ModelCalls.Replies;
using Briefing.Providers;
using Microsoft.Extensions.Options;

namespace Briefing.Engines.Model.Fallback;

/// <summary>Applies the fallback policy to a failed model outcome: a clear failure, or an extractive briefing that says it is one.</summary>
internal sealed class ModelFallback(ExtractiveBriefingEngine extractive, IOptions<FallbackOptions> options, IOptions<ModelOptions> model)
{
    public async Task<BriefingDraft> ApplyAsync(Article article, BriefingSettings settings, ModelOutcome failed, CancellationToken cancellationToken)
    {
        var reason = failed.Failure ?? "The model call failed.";
        if (options.Value.Policy == FallbackPolicy.Fail)
        {
            throw new ModelException(reason, failed.Error) { IsTransient = failed.Error is ModelException { IsTransient: true } };
        }

        var draft = await extractive.GenerateAsync(article, settings, cancellationToken);
        var note = $"Fallback: the model ({model.Value.DisplayModel}) could not write this briefing, so the built-in extractive engine selected sentences from the article. Reason: {reason}";
        return draft with { Engine = draft.Engine with { Note = note }, Usage = failed.Usage };
    }
}
