namespace Briefing.Briefings;

/// <summary>What one briefing cost in model tokens and money, summed over every call it took (a repair counts too).</summary>
/// <param name="PromptTokens">Tokens sent to the model.</param>
/// <param name="CompletionTokens">Tokens the model wrote.</param>
/// <param name="Estimated">True when a provider did not report usage and the counts come from a local tokenizer.</param>
/// <param name="CostUsd">From the price table in appsettings.json; null when the model has no price there.</param>
/// <param name="ModelCalls">Calls made for this briefing: 0 for a cached briefing, 2 when the first reply needed a repair.</param>
/// <param name="Cached">True when the briefing came from the cache and no model was called.</param>
internal sealed record ModelUsage(int PromptTokens, int CompletionTokens, bool Estimated, decimal? CostUsd, int ModelCalls, bool Cached = false)
{
    public static ModelUsage None { get; } = new(0, 0, false, 0m, 0);

    public static ModelUsage FromCache { get; } = new(0, 0, false, 0m, 0, Cached: true);

    public int TotalTokens => PromptTokens + CompletionTokens;

    /// <summary>Adds another call; the cost stays known only while every call's cost is known.</summary>
    public ModelUsage Add(ModelUsage other) => new(
        PromptTokens + other.PromptTokens,
        CompletionTokens + other.CompletionTokens,
        Estimated || other.Estimated,
        CostUsd is { } a && other.CostUsd is { } b ? a + b : null,
        ModelCalls + other.ModelCalls,
        Cached && other.Cached);
}
