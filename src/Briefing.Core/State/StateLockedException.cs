namespace Briefing.State;

/// <summary>Another pass holds the state database's lock; this pass did not start and changed nothing.</summary>
internal sealed class StateLockedException(string message) : Exception(message);
