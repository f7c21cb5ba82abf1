namespace Briefing.State;

/// <summary>An article left for a later pass because something other than the article failed (the model, the network).</summary>
/// <param name="Source">The inbox file name or the item URL.</param>
/// <param name="Reason">The last failure, one line.</param>
/// <param name="Attempt">How many passes have tried it so far.</param>
/// <param name="MaxAttempts">After this many attempts the article is quarantined instead.</param>
internal sealed record PendingFailure(string Source, string Reason, int Attempt, int MaxAttempts);
