using Briefing.Articles;
using Briefing.Briefings;
using Briefing.Text;

namespace Briefing.Engines.Extractive;

/// <summary>The built-in engine used when no model is configured: no network, no key, deterministic.</summary>
internal sealed class ExtractiveBriefingEngine(ExtractiveSummarizer summarizer, LanguageDetector detector) : IBriefingEngine
{
    public const string Name = "built-in extractive";

    public Task<BriefingDraft> GenerateAsync(Article article, BriefingSettings settings, CancellationToken cancellationToken)
    {
        var language = detector.Detect(article.Body);
        var content = summarizer.Summarize(article, settings.Preset, language);
        var note = "No model configured: sentences selected from the article by the built-in extractive engine.";
        if (language.Code is null)
        {
            note += " The article's language could not be recognised, so sentences were split by punctuation alone, without a language's abbreviations.";
        }
        else if (!Abbreviations.Languages.Contains(language.Code))
        {
            note += $" The engine knows no {language.Name} abbreviations or pronouns, so sentences were split by punctuation alone.";
        }

        if (!string.IsNullOrWhiteSpace(settings.Language))
        {
            // Selected sentences are quoted, never translated; saying so beats silently ignoring the request.
            note += $" It quotes the article in its own language, so the requested language ({settings.Language.Trim()}) needs a model.";
        }

        var engine = new EngineInfo(EngineKinds.Extractive, Name, PromptVersion: null, note);
        return Task.FromResult(new BriefingDraft(content, engine));
    }
}
