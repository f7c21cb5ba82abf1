using Briefing.Articles;
using Briefing.Briefings;

namespace Briefing.Extractive;

/// <summary>The built-in engine used when no model is configured: no network, no key, deterministic.</summary>
public sealed class ExtractiveBriefingEngine(ExtractiveSummarizer summarizer) : IBriefingEngine
{
    public const string Name = "built-in extractive";

    public Task<BriefingDraft> GenerateAsync(Article article, BriefingSettings settings, CancellationToken cancellationToken)
    {
        var content = summarizer.Summarize(article, settings.Preset);
        var note = "No model configured: sentences selected from the article by the built-in extractive engine.";
        if (!string.IsNullOrWhiteSpace(settings.Language))
        {
            // Selected sentences are quoted, never translated; saying so beats silently ignoring the request.
            note += $" It quotes the article in its own language, so the requested language ({settings.Language.Trim()}) needs a model.";
        }

        var engine = new EngineInfo(EngineKinds.Extractive, Name, PromptVersion: null, note);
        return Task.FromResult(new BriefingDraft(content, engine));
    }
}
