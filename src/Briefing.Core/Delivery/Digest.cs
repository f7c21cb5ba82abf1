using Briefing.Sources;

namespace Briefing.Delivery;

/// <summary>What one run delivered: its briefings (file stem and content) and what failed.</summary>
public sealed record Digest(DateTimeOffset RunAt, TimeZoneInfo Zone, IReadOnlyList<DigestEntry> Briefings, IReadOnlyList<SourceFailure> Failures);
