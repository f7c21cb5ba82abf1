namespace Briefing.Sources;

/// <summary>Where the worker finds articles: inbox folders, feeds.</summary>
internal interface IArticleSource
{
    /// <summary>What the digest calls this source when it fails as a whole, e.g. "inbox folders".</summary>
    string Name { get; }

    Task<SourceBatch> CollectAsync(CancellationToken cancellationToken);

    /// <summary>Called after every article of the batch has been handled (not after a cancelled run).</summary>
    Task CompleteAsync(CancellationToken cancellationToken);
}
