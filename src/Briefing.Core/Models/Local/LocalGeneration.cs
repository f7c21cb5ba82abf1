namespace Briefing.Models.Local;

/// <summary>The text a local model generated, with token counts; <see cref="Truncated"/> means the token cap stopped it.</summary>
public sealed record LocalGeneration(string Text, int PromptTokens, int CompletionTokens, bool Truncated);
