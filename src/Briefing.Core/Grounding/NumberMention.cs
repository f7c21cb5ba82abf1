namespace Briefing.Grounding;

/// <summary>A quantity in text: its value (multipliers such as "million" applied) and its unit, if any.</summary>
/// <param name="Text">The quantity as written.</param>
/// <param name="Value">The numeric value, e.g. 2500000 for "2.5 million".</param>
/// <param name="Unit">A normalized unit such as "percent", "hour" or "km"; null for a bare number.</param>
/// <param name="Written">The number as written, before any multiplier: 2.5 for "2.5 million".</param>
internal sealed record NumberMention(string Text, decimal Value, string? Unit, decimal Written)
{
    /// <summary>A score or range as "a-b", compared whole; null for a single quantity.</summary>
    public string? Pair { get; init; }

    /// <summary>The numbers of a score or range; empty for a single quantity.</summary>
    public IReadOnlyList<decimal> Parts { get; init; } = [];
}
