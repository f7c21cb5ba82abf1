using System.Globalization;
using System.Text;
using Briefing.Models.Usage;
using Microsoft.Extensions.Options;

namespace Briefing.Models.Budget;

/// <summary>Refuses a prompt that, with room for the reply, would not fit the model's context window.</summary>
/// <remarks>
/// A provider given too long a prompt either fails or silently drops the start of the article; both are worse than
/// a clear refusal. Byte-level tokenizers never produce more tokens than UTF-8 bytes, so short prompts skip counting.
/// </remarks>
public sealed class ContextBudget(TokenCounter tokens, IOptions<ModelOptions> options)
{
    public void EnsureFits(string prompt, int maxCompletionTokens)
    {
        var model = options.Value;
        var available = model.ContextTokens - maxCompletionTokens;
        if (Encoding.UTF8.GetByteCount(prompt) <= available)
        {
            return;
        }

        var promptTokens = tokens.Count(model.DisplayModel, prompt);
        if (promptTokens > available)
        {
            var sizes = string.Create(
                CultureInfo.InvariantCulture,
                $"the prompt needs {promptTokens:N0} tokens and the reply up to {maxCompletionTokens:N0}, but the context budget is {model.ContextTokens:N0} tokens");
            throw new ContextBudgetExceededException(
                $"The article is too long for the model: {sizes} (Briefing:Model:ContextTokens). " +
                "Articles are never truncated; shorten the article, or raise the budget if the model's context window allows.");
        }
    }
}
