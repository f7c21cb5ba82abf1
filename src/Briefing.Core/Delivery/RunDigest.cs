using Briefing.State;
using Briefing.Stories;
using Briefing.Worker;
using Microsoft.Extensions.Options;

namespace Briefing.Delivery;

/// <summary>Collects every briefing and failure not yet in a digest (including an interrupted run's), groups the briefings
/// into stories, writes the overview and the digest, and remembers the stories for tomorrow's run.</summary>
internal sealed class RunDigest(
    BriefingStateStore store,
    StoryStateStore stories,
    BriefingSidecar sidecars,
    StoryDesk desk,
    OverviewWriter overview,
    DigestWriter writer,
    IOptions<WorkerOptions> options)
{
    /// <summary>Writes the digest and returns its name, or null when there is nothing new to tell.</summary>
    public async Task<string?> WriteAsync(DateTimeOffset runAt, CancellationToken cancellationToken)
    {
        var briefed = await store.UndigestedAsync(cancellationToken);
        var failures = (await store.UndigestedFailuresAsync(cancellationToken)).ToList();
        var pending = await store.UndigestedPendingAsync(cancellationToken);
        if (briefed.Count == 0 && failures.Count == 0 && pending.Count == 0)
        {
            return null;
        }

        var entries = new List<DigestEntry>();
        foreach (var briefing in briefed)
        {
            try
            {
                entries.Add(new DigestEntry(briefing.FileStem, await sidecars.ReadAsync(briefing.FileStem, cancellationToken)));
            }
            catch (FileNotFoundException)
            {
                failures.Add(new SourceFailure(briefing.Source, $"Its briefing files ({briefing.FileStem}) were removed from the output folder before the digest."));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or NotSupportedException)
            {
                // An edited or damaged side-car costs its own entry, not the digest of every later run.
                failures.Add(new SourceFailure(briefing.Source, $"Its briefing file {briefing.FileStem}.json could not be read back for the digest: {ItemFailure.OneLine(e.Message)}"));
            }
        }

        var worker = options.Value;
        var texts = await stories.ArticlesAsync(entries.Select(e => e.Stem), cancellationToken);
        var members = entries.Select(e => new StoryMember(e.Stem, e.Document, texts.GetValueOrDefault(e.Stem))).ToList();
        var ranked = await desk.BuildAsync(members, runAt, worker.FindZone(), worker.Settings, cancellationToken);
        var today = await overview.WriteAsync(ranked, worker.Settings, cancellationToken);
        var digest = new Digest(runAt, worker.FindZone(), worker.FindCulture(), today, ranked, entries, failures, pending);
        var name = await writer.WriteAsync(digest, cancellationToken);
        await store.MarkDigestedAsync(briefed, name, cancellationToken);
        await desk.RememberAsync(ranked, runAt, worker.FindZone(), cancellationToken);
        return name;
    }
}
