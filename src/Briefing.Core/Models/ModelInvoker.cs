using System.Globalization;
using System.Net.Sockets;
using System.Text.Json;
using Briefing.Articles;
using Briefing.Briefings;
using Briefing.Models.Budget;
using Briefing.Models.Usage;
using Briefing.Prompts;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using Polly;

namespace Briefing.Models;

/// <summary>Makes one model call for an article: renders the Summarize prompt, sends it through the kernel, reads the reply and its usage.</summary>
/// <remarks>Every failure of the call itself becomes a <see cref="ModelException"/> with an actionable message; retries already happened below, in the HttpClient.</remarks>
public sealed class ModelInvoker(Kernel kernel, PromptLibrary prompts, ContextBudget budget, UsageReader usage, IOptions<ModelOptions> options)
{
    private const string ArticleLanguage = "the same language as the article";

    /// <summary>Sends the prompt; <paramref name="repairAppendix"/> holds the messages appended for a repair call (null for the first call).</summary>
    public async Task<ModelReply> InvokeAsync(Article article, BriefingSettings settings, string? repairAppendix, CancellationToken cancellationToken)
    {
        var function = prompts.Summarize;
        var arguments = new KernelArguments(ExecutionSettings(function, settings.Preset));
        foreach (var (name, value) in PromptVariables(article, settings))
        {
            arguments[name] = value;
        }

        // A clone per call keeps the filter's per-call state off the shared kernel.
        var filter = new OutgoingPromptFilter(budget, settings.Preset.MaxTokens, repairAppendix);
        var callKernel = kernel.Clone();
        callKernel.PromptRenderFilters.Add(filter);
        ChatMessageContent? message;
        try
        {
            var result = await function.InvokeAsync(callKernel, arguments, cancellationToken);
            message = result.GetValue<ChatMessageContent>();
        }
        catch (Exception e) when (IsCallFailure(e, cancellationToken))
        {
            throw new ModelException(ModelCallFailure.Describe(e), e);
        }

        var metadata = message?.Metadata;
        return new ModelReply(
            message?.Content ?? string.Empty,
            metadata?.GetValueOrDefault("FinishReason")?.ToString(),
            metadata?.GetValueOrDefault("Refusal") as string,
            usage.Read(options.Value.DisplayModel, filter.Prompt, message));
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

    // Cancellation by the caller, a prompt over budget and a missing local model file are not provider failures and
    // pass through unchanged (the last is a configuration error with its own exit code).
    private static bool IsCallFailure(Exception e, CancellationToken cancellationToken) => e switch
    {
        ContextBudgetExceededException or ModelException or FileNotFoundException or DirectoryNotFoundException => false,
        OperationCanceledException when cancellationToken.IsCancellationRequested => false,
        HttpOperationException or ExecutionRejectedException or HttpRequestException or SocketException or IOException => true,
        OperationCanceledException or JsonException or FormatException or KeyNotFoundException or InvalidOperationException or ArgumentException => true,
        _ => false,
    };

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
