using Briefing.Briefings;

namespace Briefing.Evaluation;

/// <summary>The outcome of an evaluation run: the system against Lead-3 on the same cases, grounding, lengths, time, tokens and the worst cases.</summary>
internal sealed record EvalReport
{
    public required string Dataset { get; init; }
    public required string Engine { get; init; }
    public required string Model { get; init; }
    public required SummaryTarget Scored { get; init; }
    public required string Length { get; init; }
    public required int Cases { get; init; }
    public required int Failed { get; init; }
    public required EvalMeans System { get; init; }

    /// <summary>Lead-3 over the cases the system scored, so the two rows compare the same articles.</summary>
    public required EvalMeans Lead3 { get; init; }

    /// <summary>Lead-3 over every case, failed ones included; equal to <see cref="Lead3"/> when none failed.</summary>
    public required EvalMeans Lead3AllCases { get; init; }

    /// <summary>Share of briefings with no unsupported number, name or quotation, in percent.</summary>
    public required double GroundedPercent { get; init; }
    public required double MeanContentPrecision { get; init; }
    public required double UnsupportedPerBriefing { get; init; }
    public required double TotalSeconds { get; init; }
    public required double SecondsPerCase { get; init; }

    /// <summary>Model usage summed over every case that called a model; null when none did.</summary>
    public required ModelUsage? Usage { get; init; }

    /// <summary>The cases that produced no briefing, with the reason; any of them makes <c>briefing eval</c> exit non-zero.</summary>
    public required IReadOnlyList<EvalCaseResult> FailedCases { get; init; }
    public required IReadOnlyList<EvalCaseResult> Worst { get; init; }

    /// <summary>Readability defects of the briefings that were written, per kind.</summary>
    public ReadabilityTally? Readability { get; init; }
    public required IReadOnlyList<EvalCaseResult> Results { get; init; }
}
