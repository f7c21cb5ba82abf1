using Briefing.State;

namespace Briefing.Sources;

/// <summary>A feed as fetched: its newest items and validators, or nothing at all when the server answered 304.</summary>
internal sealed record FeedResponse(bool NotModified, IReadOnlyList<FeedItem> Items, FeedValidators Validators)
{
    /// <summary>Items that cannot be fetched (no link, or a file:, javascript: or other non-web link), each with its reason.</summary>
    public IReadOnlyList<SourceFailure> Refused { get; init; } = [];
}
