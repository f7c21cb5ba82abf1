using System.Collections.Immutable;

namespace Briefing.Grounding;

/// <summary>What the grounding check compares with the article, and what it cannot see; shown wherever its verdict is.</summary>
/// <remarks>
/// "Grounded" means only that every number, name and quotation occurs in the article. A reversed outcome, a wrong
/// role or a swapped subject passes every such test, so each place that shows the verdict also says what it leaves out.
/// </remarks>
internal static class GroundingCoverage
{
    /// <summary>The kinds of statement the check looks up in the article.</summary>
    public static ImmutableArray<string> Checked { get; } = ["numbers", "names", "quotes"];

    /// <summary>Errors the check cannot detect.</summary>
    public static ImmutableArray<string> NotChecked { get; } =
        ["who did what to whom", "roles and titles", "outcomes (who won, what rose or fell)", "cause and effect", "what was left out"];

    /// <summary>One line for readers: "checked: numbers, names, quotes — not checked: who did what to whom, ...".</summary>
    public static string Summary { get; } = $"checked: {string.Join(", ", Checked)} \u2014 not checked: {string.Join(", ", NotChecked)}";
}
