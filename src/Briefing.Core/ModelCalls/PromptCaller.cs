using System.Net.Sockets;
using System.Text.Json;
using Briefing.Briefings;
using Briefing.ModelCalls.Budget;
using Briefing.ModelCalls.Usage;
using Briefing.Providers;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using Polly;

namespace Briefing.ModelCalls;

/// <summary>Sends one prompt template to the model, within the context budget, and reads the reply and its usage.</summary>
/// <remarks>Every failure of the call itself becomes a <see cref="ModelException"/> with an actionable message; retries already happened below, in the HttpClient.</remarks>
internal sealed class PromptCaller(Kernel kernel, ContextBudget budget, UsageReader usage, IOptions<ModelOptions> options, TimeProvider time)
{
    public async Task<ModelReply> CallAsync(PromptCall call, CancellationToken cancellationToken)
    {
        // A clone per call keeps the filter's per-call state off the shared kernel.
        var filter = new OutgoingPromptFilter(budget, call.MaxTokens, call.Appendix, call.Rendered);
        var callKernel = kernel.Clone();
        callKernel.PromptRenderFilters.Add(filter);
        ChatMessageContent? message;
        try
        {
            var result = await call.Function.InvokeAsync(callKernel, Arguments(call), cancellationToken);
            message = result.GetValue<ChatMessageContent>();
        }
        catch (Exception e) when (IsCallFailure(e, cancellationToken))
        {
            throw ModelCallFailure.From(e, time);
        }

        var metadata = message?.Metadata;
        return new ModelReply(
            message?.Content ?? string.Empty,
            metadata?.GetValueOrDefault("FinishReason")?.ToString(),
            metadata?.GetValueOrDefault("Refusal") as string,
            usage.Read(options.Value.DisplayModel, ContextBudget.AsSent(filter.Prompt), message));
    }

    /// <summary>Whether the rendered prompt of <paramref name="call"/> fits the context budget; renders only, sends nothing.</summary>
    public async Task<bool> FitsAsync(PromptCall call, CancellationToken cancellationToken) =>
        budget.Fits(await RenderAsync(call, cancellationToken), call.MaxTokens);

    /// <summary>The rendered prompt of <paramref name="call"/> when it fits the context budget, else null; renders only, sends nothing.</summary>
    public async Task<string?> RenderIfFitsAsync(PromptCall call, CancellationToken cancellationToken)
    {
        var rendered = await RenderAsync(call, cancellationToken);
        return budget.Fits(rendered, call.MaxTokens) ? rendered : null;
    }

    /// <summary>Tokens the model would receive for <paramref name="call"/>; renders only, sends nothing.</summary>
    public async Task<int> CountAsync(PromptCall call, CancellationToken cancellationToken) =>
        budget.CountPrompt(await RenderAsync(call, cancellationToken));

    private async Task<string> RenderAsync(PromptCall call, CancellationToken cancellationToken)
    {
        var filter = new RenderOnlyFilter();
        var renderKernel = kernel.Clone();
        renderKernel.PromptRenderFilters.Add(filter);
        await call.Function.InvokeAsync(renderKernel, Arguments(call), cancellationToken);
        return filter.Prompt + call.Appendix;
    }

    private KernelArguments Arguments(PromptCall call)
    {
        var arguments = new KernelArguments(ExecutionSettings(call));
        foreach (var (name, value) in call.Variables)
        {
            arguments[name] = value;
        }

        return arguments;
    }

    // The template's own settings (temperature etc.) stay the base, so editing config.json still takes effect.
    private OpenAIPromptExecutionSettings ExecutionSettings(PromptCall call)
    {
        var configured = call.Function.ExecutionSettings?.GetValueOrDefault(PromptExecutionSettings.DefaultServiceId);
        var settings = configured is null ? new OpenAIPromptExecutionSettings() : OpenAIPromptExecutionSettings.FromExecutionSettings(configured.Clone());
        settings.MaxTokens = call.MaxTokens;
        if (call.StructuredReply)
        {
            settings.ResponseFormat = BriefingJsonSchema.ResponseFormat(options.Value.ResponseFormat);
        }

        return settings;
    }

    // Cancellation by the caller, a prompt over budget and a missing local model file are not provider failures and
    // pass through unchanged (the last is a configuration error with its own exit code).
    private static bool IsCallFailure(Exception e, CancellationToken cancellationToken) => e switch
    {
        ContextBudgetExceededException or ModelException or SettingException or FileNotFoundException or DirectoryNotFoundException => false,
        OperationCanceledException when cancellationToken.IsCancellationRequested => false,
        HttpOperationException or ExecutionRejectedException or HttpRequestException or SocketException or IOException => true,
        OperationCanceledException or JsonException or FormatException or KeyNotFoundException or InvalidOperationException or ArgumentException => true,
        _ => false,
    };
}
