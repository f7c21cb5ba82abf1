using System.Text.Encodings.Web;
using System.Text.Json;
using Briefing.Articles;
using Briefing.Briefings;
using Briefing.Models;
using Briefing.Prompts;

namespace Briefing.Grounding;

/// <summary>Asks the model once more, as a follow-up to its own reply, naming the items the article does not support.</summary>
public sealed class GroundingReviser(PromptCaller caller, PromptLibrary prompts, BriefingReplyParser parser)
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task<BriefingContent> ReviseAsync(
        Article article, BriefingSettings settings, BriefingContent previous, GroundingReport report, CancellationToken cancellationToken)
    {
        var variables = new Dictionary<string, string>(ModelInvoker.PromptVariables(article, settings))
        {
            ["previous"] = JsonSerializer.Serialize(
                new Dictionary<string, object?> { ["briefing"] = previous.Briefing, ["key_points"] = previous.KeyPoints, ["language"] = previous.Language }, Json),
            ["problems"] = string.Join("\n", report.Unsupported.Select(u => "- " + u.Describe())),
        };
        var reply = await caller.CallAsync(new PromptCall(prompts.Revise, variables, settings.Preset.MaxTokens, StructuredReply: true), cancellationToken);
        return parser.Parse(reply.Text);
    }
}
