using Briefing.Briefings;

namespace Briefing.Evaluation;

/// <summary>How one case went: the scored summary, its ROUGE and Lead-3's, length, time, tokens and grounding; or the error.</summary>
internal sealed record EvalCaseResult
{
    public required string Id { get; init; }
    public string? Summary { get; init; }
    public RougeScores? Scores { get; init; }
    public required RougeScores Lead { get; init; }
    public int Words { get; init; }
    public int LeadWords { get; init; }
    public double Seconds { get; init; }

    /// <summary>Model tokens, calls and cost for this case; null when no model was called (the extractive engine).</summary>
    public ModelUsage? Usage { get; init; }
    public string? Verdict { get; init; }
    public IReadOnlyList<string> Unsupported { get; init; } = [];
    public double? ContentPrecision { get; init; }
    public string? Error { get; init; }

    /// <summary>What a reader would trip over in this briefing; empty when it failed.</summary>
    public IReadOnlyList<ReadabilityFinding> Readability { get; init; } = [];

    /// <summary>Mean F of ROUGE-1, ROUGE-2 and ROUGE-Lsum, the figure worst cases are ranked by.</summary>
    public double MeanF => Scores is { } s ? (s.Rouge1.F + s.Rouge2.F + s.RougeLsum.F) / 3 : 0;
}
