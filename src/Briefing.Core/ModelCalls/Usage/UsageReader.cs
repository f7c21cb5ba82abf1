using Briefing.Briefings;
using Microsoft.SemanticKernel;
using ChatTokenUsage = OpenAI.Chat.ChatTokenUsage;

namespace Briefing.ModelCalls.Usage;

/// <summary>Reads one call's token usage from the reply's metadata, or estimates it with <see cref="TokenCounter"/> when the provider sent none.</summary>
internal sealed class UsageReader(TokenCounter tokens, PriceTable prices)
{
    public ModelUsage Read(string model, string prompt, ChatMessageContent? reply)
    {
        if (reply?.Metadata?.GetValueOrDefault("Usage") is ChatTokenUsage usage && usage.InputTokenCount + usage.OutputTokenCount > 0)
        {
            return Priced(model, usage.InputTokenCount, usage.OutputTokenCount, estimated: false);
        }

        return Priced(model, tokens.Count(model, prompt), tokens.Count(model, reply?.Content ?? string.Empty), estimated: true);
    }

    private ModelUsage Priced(string model, int prompt, int completion, bool estimated) =>
        new(prompt, completion, estimated, prices.Cost(model, prompt, completion), ModelCalls: 1);
}
