using Briefing.ModelCalls.Budget;
using Microsoft.SemanticKernel;

namespace Briefing.ModelCalls;

/// <summary>Sees the rendered prompt of one call just before it is sent: appends a repair exchange, checks the budget, keeps the text.</summary>
/// <remarks>
/// A repair re-renders the same template, so the original messages are byte-for-byte those of the first call, and
/// the appended messages are XML-encoded so neither the reply nor the article can add messages of their own.
/// </remarks>
internal sealed class OutgoingPromptFilter(ContextBudget budget, int maxCompletionTokens, string? appendix, string? rendered = null) : IPromptRenderFilter
{
    /// <summary>The prompt as sent, for token estimates when the provider reports no usage.</summary>
    public string Prompt { get; private set; } = string.Empty;

    public async Task OnPromptRenderAsync(PromptRenderContext context, Func<PromptRenderContext, Task> next)
    {
        if (rendered is null)
        {
            await next(context);
        }
        else
        {
            // The budget check rendered these same variables already: the prompt measured is the prompt sent.
            context.RenderedPrompt = rendered;
        }
        if (appendix is not null)
        {
            context.RenderedPrompt += appendix;
        }

        Prompt = context.RenderedPrompt ?? string.Empty;
        budget.EnsureFits(Prompt, maxCompletionTokens);
    }
}
