using System.Text.Encodings.Web;
using System.Text.Json;
using Briefing.Articles;
using Briefing.Briefings;
using Briefing.ModelCalls;
using Briefing.ModelCalls.Replies;
using Briefing.ModelCalls.Usage;
using Briefing.Prompts;
using Briefing.Providers;
using Microsoft.Extensions.Options;

namespace Briefing.Grounding;

/// <summary>Asks the model once more, as a follow-up to its own reply, naming the items the article does not support.</summary>
internal sealed class GroundingReviser(
    PromptCaller caller, PromptLibrary prompts, BriefingReplyValidator validator, BriefingMetrics metrics, IOptions<ModelOptions> options)
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Sends the follow-up; a failed call throws <see cref="ModelException"/>, a reply the validator rejects comes back as a failure with its usage.</summary>
    public async Task<GroundingRevision> ReviseAsync(
        Article article, BriefingSettings settings, BriefingContent previous, GroundingReport report, CancellationToken cancellationToken)
    {
        var variables = new Dictionary<string, string>(ModelInvoker.PromptVariables(article, settings))
        {
            ["previous"] = JsonSerializer.Serialize(
                new Dictionary<string, object?> { ["briefing"] = previous.Briefing, ["key_points"] = previous.KeyPoints, ["language"] = previous.Language }, Json),
            ["problems"] = string.Join("\n", report.Unsupported.Select(u => "- " + u.Describe())),
        };
        var reply = await caller.CallAsync(new PromptCall(prompts.Revise, variables, settings.Preset.MaxTokens, StructuredReply: true), cancellationToken);
        metrics.RecordUsage(options.Value.DisplayModel, reply.Usage);
        // Checked like every other reply (finish reason, refusal, schema, length); a problem is returned, not thrown,
        // because the call was made and paid for and throwing would lose its usage with the reply.
        var check = validator.Check(reply, settings.Preset);
        return check.Content is { } content
            ? new GroundingRevision(content, null, reply.Usage)
            : new GroundingRevision(null, check.Problem ?? "The reply was unusable.", reply.Usage);
    }
}
