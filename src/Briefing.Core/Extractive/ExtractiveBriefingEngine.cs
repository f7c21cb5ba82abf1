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
        var engine = new EngineInfo(
            EngineKinds.Extractive,
            Name,
            PromptVersion: null,
            Note: "No model configured: sentences selected from the article by the built-in extractive engine.");
        return Task.FromResult(new BriefingDraft(content, engine));
    }
}
