using Briefing.Sources;

namespace Briefing.Delivery;

/// <summary>What one run delivered: its briefings (file stem and content), what failed, and what was left for the next run.</summary>
public sealed record Digest(
    DateTimeOffset RunAt, TimeZoneInfo Zone, IReadOnlyList<DigestEntry> Briefings, IReadOnlyList<SourceFailure> Failures, IReadOnlyList<PendingFailure>? Pending = null)
{
    /// <summary>Articles left pending because the model, the network or the disk failed; they are tried again by the next run.</summary>
    public IReadOnlyList<PendingFailure> Pending { get; init; } = Pending ?? [];
}
