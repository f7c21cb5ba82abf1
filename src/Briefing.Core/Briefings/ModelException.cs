namespace Briefing.Briefings;

/// <summary>The model call failed, or the model replied with something that is not a usable briefing.</summary>
public sealed class ModelException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>Whether the cause lies with the provider or the network (unavailable, rate limited, timed out, circuit
    /// open, refused credentials), not with the article; the worker leaves such an article pending for a later pass.</summary>
    public bool Transient { get; init; }
}
