using Microsoft.SemanticKernel;

namespace Briefing.ModelCalls;

/// <summary>Keeps the rendered prompt and answers the call itself, so the model is never reached: used to measure a prompt before sending it.</summary>
internal sealed class RenderOnlyFilter : IPromptRenderFilter
{
    public string Prompt { get; private set; } = string.Empty;

    public async Task OnPromptRenderAsync(PromptRenderContext context, Func<PromptRenderContext, Task> next)
    {
        await next(context);
        Prompt = context.RenderedPrompt ?? string.Empty;
        // A result set here ends the invocation before any chat service is asked.
        context.Result = new FunctionResult(context.Function, string.Empty);
    }
}
