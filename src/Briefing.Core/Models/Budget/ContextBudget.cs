using System.Globalization;
using System.Text;
using Briefing.Models.Usage;
using Microsoft.Extensions.Options;

namespace Briefing.Models.Budget;

/// <summary>Decides whether a prompt, with room for the reply, fits the model's context window, and refuses one that does not.</summary>
/// <remarks>
/// A provider given too long a prompt either fails or silently drops the start of the article; both are worse than
/// a clear refusal. Byte-level tokenizers never produce more tokens than UTF-8 bytes, so short prompts skip counting.
/// </remarks>
public sealed class ContextBudget(TokenCounter tokens, IOptions<ModelOptions> options)
{
    /// <summary>Prompt tokens left once <paramref name="maxCompletionTokens"/> are kept free for the reply.</summary>
    public int Available(int maxCompletionTokens) => options.Value.ContextTokens - maxCompletionTokens;

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
            $"the prompt needs {Count(prompt):N0} tokens and the reply up to {maxCompletionTokens:N0}, but the context budget is {options.Value.ContextTokens:N0} tokens");
        throw new ContextBudgetExceededException(
            $"The prompt is too long for the model: {sizes} (Briefing:Model:ContextTokens). " +
            "Articles are never truncated; raise the budget if the model's context window allows.");
    }
}
