using Briefing.Sources;
using Briefing.State;
using Briefing.Worker;
using Microsoft.Extensions.Options;

namespace Briefing.Delivery;

/// <summary>Collects every briefing, failure and pending article not yet in a digest (including an interrupted run's) and writes one digest.</summary>
public sealed class RunDigest(BriefingStateStore store, BriefingSidecar sidecars, DigestWriter writer, IOptions<WorkerOptions> options)
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
                failures.Add(new SourceFailure(briefing.Source, $"Its briefing file {briefing.FileStem}.json could not be read back for the digest: {Worker.ItemFailure.OneLine(e.Message)}"));
            }
        }

        var name = await writer.WriteAsync(new Digest(runAt, options.Value.FindZone(), entries, failures, pending), cancellationToken);
        await store.MarkDigestedAsync(briefed, name, cancellationToken);
        return name;
    }
}
