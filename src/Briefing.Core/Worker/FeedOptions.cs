namespace Briefing.Worker;

/// <summary>One RSS or Atom feed the worker reads.</summary>
internal sealed class FeedOptions
{
    public Uri? Url { get; set; }

    /// <summary>Newest items taken per run; null uses <see cref="WorkerOptions.MaxItemsPerFeed"/>.</summary>
    public int? MaxItems { get; set; }
}
