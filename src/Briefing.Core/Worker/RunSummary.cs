namespace Briefing.Worker;

/// <summary>The result of one pass: every article's report, source-level failures and the digest written (if any).</summary>
internal sealed record RunSummary(IReadOnlyList<ArticleReport> Articles, int SourceFailures, string? Digest, TimeSpan Duration)
{
    public int Count(ArticleOutcome outcome) => Articles.Count(a => a.Outcome == outcome);

    /// <summary>Whether anything was not briefed: failed or pending articles, or whole sources such as an unreachable feed.</summary>
    public bool HasFailures => SourceFailures > 0 || Articles.Any(a => a.Outcome is ArticleOutcome.Failed or ArticleOutcome.Pending);
}
