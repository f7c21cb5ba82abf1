namespace Briefing.State;

/// <summary>A source or article that could not be briefed, with the reason staff see in the digest.</summary>
internal sealed record SourceFailure(string Source, string Reason);
