using System.Globalization;
using Briefing.Briefings;

namespace Briefing.ModelCalls.Usage;

/// <summary>The one line `briefing brief --verbose` prints about tokens and cost.</summary>
internal static class UsageSummary
{
    public static string Describe(ModelUsage usage)
    {
        if (usage.Cached)
        {
            return "Usage: from the cache; no model call, no cost.";
        }

        var n = CultureInfo.InvariantCulture;
        var estimate = usage.Estimated ? " (estimated with a local tokenizer; the provider reported none)" : string.Empty;
        var cost = usage.CostUsd is { } c ? string.Create(n, $"${c:0.000000}") : "unknown (the model has no price in Briefing:Usage:Prices)";
        var calls = usage.ModelCalls == 1 ? "1 call" : $"{usage.ModelCalls} calls";
        return string.Create(n, $"Usage: {usage.PromptTokens:N0} prompt + {usage.CompletionTokens:N0} completion tokens{estimate}, {calls}; cost {cost}.");
    }
}
