namespace Briefing.Briefings;

/// <summary>The model call failed, or the model replied with something that is not a usable briefing.</summary>
public sealed class ModelException(string message, Exception? inner = null) : Exception(message, inner);
