using System.Text.Encodings.Web;
using System.Text.Json;
using Briefing.Articles;
using Briefing.Briefings;
using Briefing.Models;
using Briefing.Prompts;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace Briefing.Grounding;

/// <summary>Asks the model once more, as a follow-up to its own reply, naming the items the article does not support.</summary>
public sealed class GroundingReviser(Kernel kernel, PromptLibrary prompts, BriefingReplyParser parser, IOptions<ModelOptions> options)
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task<BriefingContent> ReviseAsync(
        Article article, BriefingSettings settings, BriefingContent previous, GroundingReport report, CancellationToken cancellationToken)
    {
        var function = prompts.Revise;
        var arguments = new KernelArguments(ExecutionSettings(function, settings.Preset));
        foreach (var (name, value) in ModelInvoker.PromptVariables(article, settings))
        {
            arguments[name] = value;
        }

        arguments["previous"] = JsonSerializer.Serialize(
            new Dictionary<string, object?> { ["briefing"] = previous.Briefing, ["key_points"] = previous.KeyPoints, ["language"] = previous.Language }, Json);
        arguments["problems"] = string.Join("\n", report.Unsupported.Select(u => "- " + u.Describe()));
        try
        {
            var result = await function.InvokeAsync(kernel, arguments, cancellationToken);
            return parser.Parse(result.GetValue<string>() ?? string.Empty);
        }
        catch (HttpOperationException e)
        {
            throw new ModelException(ModelCallFailure.Describe(e), e);
        }
    }

    private OpenAIPromptExecutionSettings ExecutionSettings(KernelFunction function, LengthPreset preset)
    {
        var configured = function.ExecutionSettings?.GetValueOrDefault(PromptExecutionSettings.DefaultServiceId);
        var settings = configured is null ? new OpenAIPromptExecutionSettings() : OpenAIPromptExecutionSettings.FromExecutionSettings(configured.Clone());
        settings.MaxTokens = preset.MaxTokens;
        settings.ResponseFormat = BriefingJsonSchema.ResponseFormat(options.Value.ResponseFormat);
        return settings;
    }
}
