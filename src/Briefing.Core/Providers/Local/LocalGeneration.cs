namespace Briefing.Providers.Local;

/// <summary>The text a local model generated, with token counts; <see cref="Truncated"/> means the token cap stopped it.</summary>
/// <remarks>The two durations are wall-clock time in this process, prompt and generation apart, so they can be set against llama.cpp's own counters.</remarks>
internal sealed record LocalGeneration(string Text, int PromptTokens, int CompletionTokens, bool Truncated, TimeSpan PromptTime = default, TimeSpan GenerationTime = default);
