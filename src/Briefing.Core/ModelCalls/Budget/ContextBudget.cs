using System.Globalization;
using System.Net;
using System.Text;
using Briefing.ModelCalls.Usage;
using Briefing.Providers;
using Briefing.Providers.Local;
using Microsoft.Extensions.Options;

namespace Briefing.ModelCalls.Budget;

/// <summary>Decides whether a prompt, with room for the reply, fits the model's context window, and refuses one that does not.</summary>
/// <remarks>
/// A provider given too long a prompt either fails or silently drops the start of the article; both are worse than
/// a clear refusal. Byte-level tokenizers never produce more tokens than UTF-8 bytes, so short prompts skip counting.
/// </remarks>
internal sealed class ContextBudget(TokenCounter tokens, IOptions<ModelOptions> options, LocalContextWindow local)
{
    /// <summary>The context window to plan for: the configured budget, and for the local provider no more than its context.</summary>
    /// <remarks>
    /// Tokens are counted with a tiktoken encoding, not the GGUF model's own vocabulary, so a tenth of the local
    /// context is kept spare; the local runtime checks the exact count with the model's tokenizer before generating.
    /// </remarks>
    public int ContextTokens => options.Value.Kind == ModelProvider.Local
        ? Math.Min(options.Value.ContextTokens, local.Tokens * 9 / 10)
        : options.Value.ContextTokens;

    /// <summary>The setting that sets <see cref="ContextTokens"/>, for messages.</summary>
    public string Setting => options.Value.Kind == ModelProvider.Local
        ? $"Briefing:Model:ContextTokens, and for the local model {local.Limit}"
        : "Briefing:Model:ContextTokens";

    /// <summary>Prompt tokens left once <paramref name="maxCompletionTokens"/> are kept free for the reply.</summary>
    public int Available(int maxCompletionTokens) => ContextTokens - maxCompletionTokens;

    /// <summary>Tokens in <paramref name="text"/> for the configured model.</summary>
    public int Count(string text) => tokens.Count(options.Value.DisplayModel, text);

    /// <summary>The text the model receives for a rendered prompt: its messages with the template's encoding undone.</summary>
    /// <remarks>
    /// Semantic Kernel HTML-encodes every template variable when it renders and decodes it again when it turns the
    /// prompt into chat messages. Counted encoded, "é" becomes "&amp;#233;" and "'" becomes "&amp;#39;": French text
    /// would count at nearly three times what the model reads, and articles that fit would be refused or split.
    /// </remarks>
    public static string AsSent(string renderedPrompt) => WebUtility.HtmlDecode(renderedPrompt);

    /// <summary>Tokens the model receives for <paramref name="renderedPrompt"/>.</summary>
    public int CountPrompt(string renderedPrompt) => Count(AsSent(renderedPrompt));

    /// <summary>Whether <paramref name="renderedPrompt"/>, as the model receives it, leaves room for the reply.</summary>
    public bool Fits(string renderedPrompt, int maxCompletionTokens)
    {
        var available = Available(maxCompletionTokens);
        var sent = AsSent(renderedPrompt);
        return Encoding.UTF8.GetByteCount(sent) <= available || Count(sent) <= available;
    }

    public void EnsureFits(string renderedPrompt, int maxCompletionTokens)
    {
        if (Fits(renderedPrompt, maxCompletionTokens))
        {
            return;
        }

        var sizes = string.Create(
            CultureInfo.InvariantCulture,
            $"the prompt needs {CountPrompt(renderedPrompt):N0} tokens and the reply up to {maxCompletionTokens:N0}, but the context budget is {ContextTokens:N0} tokens");
        throw new ContextBudgetExceededException(
            $"The prompt is too long for the model: {sizes} ({Setting}). " +
            "Articles are never truncated; raise the budget if the model's context window allows.");
    }
}
