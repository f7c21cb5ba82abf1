namespace Briefing.Providers.Local;

/// <summary>What one generation may do: at most <see cref="MaxTokens"/> new tokens, constrained by a GBNF grammar when one is given.</summary>
internal sealed record LocalGenerationRequest(int MaxTokens, string? Grammar);
