namespace Briefing.Delivery;

/// <summary>An article that could not be briefed for a reason outside it (the model was down, the network failed) and will be tried again.</summary>
/// <param name="Source">The inbox file name or the page URL.</param>
/// <param name="Reason">The last failure, in one line.</param>
/// <param name="Attempts">Runs that have tried it so far.</param>
public sealed record DigestPending(string Source, string Reason, int Attempts);
