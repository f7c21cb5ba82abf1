using System.Globalization;
using Briefing.Articles;
using Briefing.Briefings;
using Briefing.Prompts;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace Briefing.Models;

/// <summary>Writes briefings with a language model: renders the Summarize prompt, calls the kernel, parses the JSON reply.</summary>
public sealed class ModelBriefingEngine(Kernel kernel, PromptLibrary prompts, BriefingReplyParser parser, IOptions<ModelOptions> options)
    : IBriefingEngine
{
    private const string ArticleLanguage = "the same language as the article";

    public async Task<BriefingDraft> GenerateAsync(Article article, BriefingSettings settings, CancellationToken cancellationToken)
    {
        var function = prompts.Summarize;
        var arguments = new KernelArguments(ExecutionSettings(function, settings.Preset));
        foreach (var (name, value) in PromptVariables(article, settings))
        {
            arguments[name] = value;
        }

        string reply;
        try
        {
            var result = await function.InvokeAsync(kernel, arguments, cancellationToken);
            reply = result.GetValue<string>() ?? string.Empty;
        }
        catch (HttpOperationException e)
        {
            throw new ModelException(ModelCallFailure.Describe(e), e);
        }

        var model = options.Value;
        var kind = model.Kind == ModelProvider.Fake ? EngineKinds.Fake : EngineKinds.Model;
        var note = kind == EngineKinds.Fake ? "Fake model: a replayed reply, not a summary of this article." : null;
        return new BriefingDraft(parser.Parse(reply), new EngineInfo(kind, model.DisplayModel, prompts.SummarizeVersion, note));
    }

    /// <summary>The template variables; every value is encoded by Semantic Kernel because none allows unsafe content.</summary>
    public static IReadOnlyDictionary<string, string> PromptVariables(Article article, BriefingSettings settings)
    {
        var title = article.Title ?? "(none)";
        var source = article.Source;
        var body = article.Body;
        return new Dictionary<string, string>
        {
            ["title"] = title,
            ["source"] = source,
            ["article"] = body,
            ["boundary"] = ArticleBoundary.For($"{title}\n{source}\n{body}"),
            ["language"] = string.IsNullOrWhiteSpace(settings.Language) ? ArticleLanguage : settings.Language,
            ["briefing_words"] = settings.Preset.BriefingWords.ToString(CultureInfo.InvariantCulture),
            ["key_points"] = settings.Preset.KeyPoints.ToString(CultureInfo.InvariantCulture),
        };
    }

    // The template's own settings (temperature etc.) stay the base, so editing config.json still takes effect.
    private OpenAIPromptExecutionSettings ExecutionSettings(KernelFunction function, LengthPreset preset)
    {
        var configured = function.ExecutionSettings?.GetValueOrDefault(PromptExecutionSettings.DefaultServiceId);
        var settings = configured is null ? new OpenAIPromptExecutionSettings() : OpenAIPromptExecutionSettings.FromExecutionSettings(configured.Clone());
        settings.MaxTokens = preset.MaxTokens;
        settings.ResponseFormat = BriefingJsonSchema.ResponseFormat(options.Value.ResponseFormat);
        return settings;
    }
}
