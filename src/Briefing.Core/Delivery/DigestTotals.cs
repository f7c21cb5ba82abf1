using System.Globalization;
using Briefing.Rendering;

namespace Briefing.Delivery;

/// <summary>What a digest counted and cost: its articles and stories, what failed, and the usage of every model call behind it.</summary>
/// <remarks>
/// Usage is summed over the article briefings, the story briefings written from several articles and the overview.
/// A briefing without usage (the built-in extractive engine calls no model) adds nothing to the sums but is counted,
/// so a reader can tell "no model was called" from "nothing was measured". The cost is a sum of the known costs only:
/// a model missing from the price table is unknown, not free.
/// </remarks>
/// <param name="Briefings">Article briefings in the digest.</param>
/// <param name="Stories">Stories the articles form.</param>
/// <param name="Failures">Articles and sources that failed.</param>
/// <param name="Pending">Articles to be retried.</param>
/// <param name="Measured">Briefings (and story briefings and the overview) whose usage is known.</param>
/// <param name="PromptTokens">Prompt tokens over all measured calls.</param>
/// <param name="CompletionTokens">Completion tokens over all measured calls.</param>
/// <param name="ModelCalls">Model calls, repairs included.</param>
/// <param name="Cached">Briefings that came from the cache, with no model call.</param>
/// <param name="Estimated">Briefings whose token counts come from a local tokenizer.</param>
/// <param name="CostUsd">Sum of the known costs, or null when nothing has a known cost.</param>
/// <param name="Unpriced">Measured briefings whose model has no price, left out of <paramref name="CostUsd"/>.</param>
internal sealed record DigestTotals(
    int Briefings, int Stories, int Failures, int Pending, int Measured, long PromptTokens, long CompletionTokens, int ModelCalls,
    int Cached, int Estimated, decimal? CostUsd, int Unpriced)
{
    /// <summary>Article briefings with no usage in their side-car.</summary>
    public int Unmeasured { get; init; }

    public static DigestTotals Of(Digest digest)
    {
        var usages = digest.Briefings.Select(b => b.Document.Usage)
            .Concat(digest.Stories.Where(s => s.Members.Count > 1 && s.BriefingNote is null).Select(s => s.Briefing.Usage))
            .Append(digest.Overview.Usage)
            .OfType<BriefingDocument.UsageDocument>().ToList();
        var costs = usages.Select(u => u.CostUsd).OfType<decimal>().ToList();
        return new DigestTotals(
            digest.Briefings.Count,
            digest.Stories.Count,
            digest.Failures.Count,
            digest.Pending.Count,
            usages.Count,
            usages.Sum(u => (long)u.PromptTokens),
            usages.Sum(u => (long)u.CompletionTokens),
            usages.Sum(u => u.ModelCalls),
            usages.Count(u => u.Cached),
            usages.Count(u => u.Estimated),
            costs.Count == 0 ? null : costs.Sum(),
            usages.Count - costs.Count)
        {
            Unmeasured = digest.Briefings.Count(b => b.Document.Usage is null),
        };
    }

    /// <summary>The totals as label and value, in the order every digest format shows them.</summary>
    public IEnumerable<(string Label, string Value)> Lines()
    {
        var n = CultureInfo.InvariantCulture;
        yield return ("Articles briefed", Briefings.ToString(n));
        yield return ("Stories", Stories.ToString(n));
        yield return ("Not briefed", Failures.ToString(n));
        if (Pending > 0)
        {
            yield return ("To be retried", Pending.ToString(n));
        }

        if (Measured > 0)
        {
            yield return ("Prompt tokens", PromptTokens.ToString("N0", n));
            yield return ("Completion tokens", CompletionTokens.ToString("N0", n));
            yield return ("Model calls", ModelCalls.ToString(n));
        }

        if (CostUsd is { } cost)
        {
            var unpriced = Unpriced > 0 ? $"; not counting {DigestWording.Count(Unpriced, "briefing")} whose model has no price set" : string.Empty;
            yield return ("Cost", cost.ToString("0.000000", n) + " USD at the configured prices" + unpriced);
        }

        if (Cached > 0)
        {
            yield return ("From the cache", DigestWording.Count(Cached, "briefing") + ", with no model call and no cost");
        }

        if (Estimated > 0)
        {
            yield return ("Estimated", $"the token counts of {DigestWording.Count(Estimated, "briefing")} are estimates, since the provider reported none");
        }

        if (Unmeasured > 0)
        {
            yield return ("No usage recorded", DigestWording.Count(Unmeasured, "briefing") + " (the built-in extractive engine calls no model)");
        }
    }
}
