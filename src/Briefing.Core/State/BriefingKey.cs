namespace Briefing.State;

/// <summary>What makes a briefing the same briefing: the article's content, the prompt version and the model.</summary>
internal sealed record BriefingKey(string ContentHash, string PromptVersion, string Model);
