namespace Briefing.Worker;

/// <summary>What happened to one article in a run.</summary>
internal enum ArticleOutcome
{
    /// <summary>A briefing was written.</summary>
    Briefed,

    /// <summary>This content was already briefed with the same prompt and model.</summary>
    Skipped,

    /// <summary>The same content came from another source in the same run and was briefed once, there.</summary>
    Duplicate,

    /// <summary>The article was quarantined with a reason.</summary>
    Failed,

    /// <summary>The model, the network or the disk failed; the article is left for the next pass.</summary>
    Pending,
}
