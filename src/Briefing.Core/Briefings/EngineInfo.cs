namespace Briefing.Briefings;

/// <summary>Which engine produced a briefing, so every output can say how it was made.</summary>
/// <param name="Kind">"extractive", "model" or "fake".</param>
/// <param name="Model">The model id, or the built-in engine's name.</param>
/// <param name="PromptVersion">Hash of the prompt template used, or null when no prompt was used.</param>
/// <param name="Note">A visible remark for the reader, e.g. that no model was configured.</param>
internal sealed record EngineInfo(string Kind, string Model, string? PromptVersion, string? Note = null);
