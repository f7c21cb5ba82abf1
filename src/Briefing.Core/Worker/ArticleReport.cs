using Briefing.Briefings;

namespace Briefing.Worker;

/// <summary>One article's result in a run, as logged.</summary>
internal sealed record ArticleReport(string Source, string Origin, ArticleOutcome Outcome, TimeSpan Duration, string? Reason = null, ModelUsage? Usage = null);
