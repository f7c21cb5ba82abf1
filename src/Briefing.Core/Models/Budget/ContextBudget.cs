using System.Globalization;
using System.Text;
using Briefing.Models.Local;
using Briefing.Models.Usage;
using Microsoft.Extensions.Options;

namespace Briefing.Models.Budget;

/// <summary>Decides whether a prompt, with room for the reply, fits the model's context window, and refuses one that does not.</summary>
/// <remarks>
/// A provider given too long a prompt either fails or silently drops the start of the article; both are worse than
/// a clear refusal. Byte-level tokenizers never produce more tokens than UTF-8 bytes, so short prompts skip counting.
/// </remarks>
public sealed class ContextBudget(TokenCounter tokens, IOptions<ModelOptions> options, IOptions<LocalModelOptions> local)
{
    /// <summary>The context window to plan for: the configured budget, and for the local provider no more than its context.</summary>
    /// <remarks>
    /// Tokens are counted with a tiktoken encoding, not the GGUF model's own vocabulary, so a tenth of the local
    /// context is kept spare; the local runtime checks the exact count with the model's tokenizer before generating.
    /// </remarks>
    public int ContextTokens => options.Value.Kind == ModelProvider.Local
        ? Math.Min(options.Value.ContextTokens, local.Value.ContextSize * 9 / 10)
        : options.Value.ContextTokens;

    /// <summary>The setting that sets <see cref="ContextTokens"/>, for messages.</summary>
    public string Setting => options.Value.Kind == ModelProvider.Local
        ? $"Briefing:Model:ContextTokens and {LocalModelOptions.SectionName}:ContextSize"
        : "Briefing:Model:ContextTokens";

    /// <summary>Prompt tokens left once <paramref name="maxCompletionTokens"/> are kept free for the reply.</summary>
    public int Available(int maxCompletionTokens) => ContextTokens - maxCompletionTokens;

    /// <summary>Tokens in <paramref name="text"/> for the configured model.</summary>
    public int Count(string text) => tokens.Count(options.Value.DisplayModel, text);

    public bool Fits(string prompt, int maxCompletionTokens)
    {
        var available = Available(maxCompletionTokens);
        return Encoding.UTF8.GetByteCount(prompt) <= available || Count(prompt) <= available;
    }

    public void EnsureFits(string prompt, int maxCompletionTokens)
    {
        if (Fits(prompt, maxCompletionTokens))
        {
            return;
        }

        var sizes = string.Create(
            CultureInfo.InvariantCulture,
            $"the prompt needs {Count(prompt):N0} tokens and the reply up to {maxCompletionTokens:N0}, but the context budget is {ContextTokens:N0} tokens");
        throw new ContextBudgetExceededException(
            $"The prompt is too long for the model: {sizes} ({Setting}). " +
            "Articles are never truncated; raise the budget if the model's context window allows.");
    }
}
