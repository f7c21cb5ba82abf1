namespace Briefing.Evaluation;

/// <summary>Which part of a briefing is scored against the reference.</summary>
internal enum SummaryTarget
{
    /// <summary>The key points, one a line (the usual comparison with CNN/DailyMail highlights).</summary>
    KeyPoints,

    /// <summary>The briefing paragraph, one sentence a line.</summary>
    Briefing,
}
