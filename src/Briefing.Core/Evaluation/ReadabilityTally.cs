using System.Text.Json;

namespace Briefing.Evaluation;

/// <summary>Defects of each kind over a set of briefings: raw counts and per 100 briefings, keyed by kind in snake case ("dangling_reference").</summary>
internal sealed record ReadabilityTally
{
    /// <summary>The target the extractive engine is held to: no defect kind above this per 100 briefings.</summary>
    public const double TargetPerHundred = 2.0;

    public required int Briefings { get; init; }

    /// <summary>Every kind, including those with no defect, in declaration order.</summary>
    public required IReadOnlyDictionary<string, int> Counts { get; init; }

    public required IReadOnlyDictionary<string, double> PerHundred { get; init; }

    public static string Key(ReadabilityDefect kind) => JsonNamingPolicy.SnakeCaseLower.ConvertName(kind.ToString());

    public double PerHundredOf(ReadabilityDefect kind) => PerHundred[Key(kind)];

    public static ReadabilityTally Of(IReadOnlyList<IReadOnlyList<ReadabilityFinding>> findings)
    {
        var kinds = Enum.GetValues<ReadabilityDefect>();
        var counts = kinds.ToDictionary(Key, k => findings.Sum(f => f.Count(x => x.Kind == k)));
        return new ReadabilityTally
        {
            Briefings = findings.Count,
            Counts = counts,
            PerHundred = counts.ToDictionary(c => c.Key, c => findings.Count == 0 ? 0 : Math.Round(100.0 * c.Value / findings.Count, 2)),
        };
    }
}
