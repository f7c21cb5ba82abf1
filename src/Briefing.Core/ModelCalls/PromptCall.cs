using Microsoft.SemanticKernel;

namespace Briefing.ModelCalls;

/// <summary>One call of one prompt template: its variables, the reply cap, and whether the reply is the briefing JSON.</summary>
/// <param name="Function">The prompt function from the prompts folder.</param>
/// <param name="Variables">Template variables; Semantic Kernel encodes every one of them, none allows unsafe content.</param>
/// <param name="MaxTokens">The cap on the reply, also kept free in the context budget.</param>
/// <param name="StructuredReply">True to ask for the briefing JSON schema (where the provider supports it); false for prose.</param>
/// <param name="Appendix">Messages appended after rendering (a repair exchange), already encoded; null for none.</param>
internal sealed record PromptCall(
    KernelFunction Function, IReadOnlyDictionary<string, string> Variables, int MaxTokens, bool StructuredReply, string? Appendix = null)
{
    /// <summary>The template as already rendered for these variables (by the budget check), sent instead of rendering it again; null to render.</summary>
    public string? Rendered { get; init; }
}
