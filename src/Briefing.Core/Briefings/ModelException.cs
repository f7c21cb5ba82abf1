namespace Briefing.Briefings;

/// <summary>The model call failed, or the model replied with something that is not a usable briefing.</summary>
internal sealed class ModelException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The failure is the world's, not the article's (provider down or rate limiting, timeout, circuit open, network): a later try may succeed.</summary>
    /// <remarks>Refusals, content filters and unusable replies are false: asking again with the same article gets the same answer.</remarks>
    public bool IsTransient { get; init; }
}
