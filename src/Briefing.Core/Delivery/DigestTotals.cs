using Briefing.Rendering;

namespace Briefing.Delivery;

/// <summary>What a digest's briefings cost, summed from the usage each side-car carries.</summary>
/// <remarks>
/// A briefing without usage (the built-in extractive engine calls no model) adds nothing to the sums but is counted,
/// so a reader can tell "no model was called" from "nothing was measured". The cost is a sum of the known costs only:
/// a model missing from the price table is unknown, not free.
/// </remarks>
/// <param name="Briefings">Briefings in the digest.</param>
/// <param name="Failures">Articles and sources that failed.</param>
/// <param name="Measured">Briefings whose side-car carries usage.</param>
/// <param name="PromptTokens">Prompt tokens over all measured briefings.</param>
/// <param name="CompletionTokens">Completion tokens over all measured briefings.</param>
/// <param name="ModelCalls">Model calls over all measured briefings, repairs included.</param>
/// <param name="Cached">Briefings that came from the cache, with no model call.</param>
/// <param name="Estimated">Briefings whose token counts come from a local tokenizer.</param>
/// <param name="CostUsd">Sum of the known costs, or null when no briefing has a known cost.</param>
/// <param name="Unpriced">Measured briefings whose model has no price, left out of <paramref name="CostUsd"/>.</param>
public sealed record DigestTotals(
    int Briefings, int Failures, int Measured, long PromptTokens, long CompletionTokens, int ModelCalls, int Cached, int Estimated, decimal? CostUsd, int Unpriced)
{
    /// <summary>Briefings with no usage in their side-car.</summary>
    public int Unmeasured => Briefings - Measured;

    public static DigestTotals Of(Digest digest)
    {
        var usages = digest.Briefings.Select(b => b.Document.Usage).OfType<BriefingDocument.UsageDocument>().ToList();
        var costs = usages.Select(u => u.CostUsd).OfType<decimal>().ToList();
        return new DigestTotals(
            digest.Briefings.Count,
            digest.Failures.Count,
            usages.Count,
            usages.Sum(u => (long)u.PromptTokens),
            usages.Sum(u => (long)u.CompletionTokens),
            usages.Sum(u => u.ModelCalls),
            usages.Count(u => u.Cached),
            usages.Count(u => u.Estimated),
            costs.Count == 0 ? null : costs.Sum(),
            usages.Count - costs.Count);
    }
}
