namespace Briefing.State;

/// <summary>Another pass holds the state database's lock; this pass did not start and changed nothing.</summary>
public sealed class StateLockedException(string message) : Exception(message);
