using System.Runtime.CompilerServices;
using Briefing.Briefings;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace Briefing.Providers.Local;

/// <summary>Semantic Kernel's chat seam over the in-process model: chat history in, one grammar-constrained reply out.</summary>
/// <remarks>
/// Sampling (temperature, top-p ...) comes from Briefing:Model:Local rather than the prompt template, so a local model can be
/// tuned without editing prompts; the token cap and the response format come from the request as with any provider.
/// </remarks>
internal sealed class LocalChatCompletionService(LocalModelRuntime runtime, LocalModelOptions options, string modelId) : IChatCompletionService
{
    private const int DefaultMaxTokens = 1024;

    public IReadOnlyDictionary<string, object?> Attributes { get; } = new Dictionary<string, object?> { ["ModelId"] = modelId };

    public async Task<IReadOnlyList<ChatMessageContent>> GetChatMessageContentsAsync(
        ChatHistory chatHistory,
        PromptExecutionSettings? executionSettings = null,
        Kernel? kernel = null,
        CancellationToken cancellationToken = default)
    {
        var settings = executionSettings is null ? new OpenAIPromptExecutionSettings() : OpenAIPromptExecutionSettings.FromExecutionSettings(executionSettings);
        var maxTokens = settings.MaxTokens ?? DefaultMaxTokens;
        var limits = new JsonGrammarLimits(1, options.MaxJsonStringLength, 1, options.MaxJsonArrayItems);
        var grammar = ResponseFormatGrammar.For(settings.ResponseFormat, limits);
        var messages = chatHistory.Select(m => new LocalChatMessage(m.Role.Label, m.Content ?? string.Empty)).ToList();

        var result = await runtime.GenerateAsync(messages, new LocalGenerationRequest(maxTokens, grammar), cancellationToken);
        if (result.Truncated && grammar is not null)
        {
            throw new ModelException(
                $"The local model reached the cap of {maxTokens} tokens before its JSON reply was complete; " +
                $"use a longer --length or lower {LocalModelOptions.SectionName}:MaxJsonStringLength.");
        }

        var metadata = new Dictionary<string, object?>
        {
            ["PromptTokens"] = result.PromptTokens,
            ["CompletionTokens"] = result.CompletionTokens,
            ["FinishReason"] = result.Truncated ? "length" : "stop",
        };
        return [new ChatMessageContent(AuthorRole.Assistant, result.Text) { ModelId = modelId, Metadata = metadata }];
    }

    public async IAsyncEnumerable<StreamingChatMessageContent> GetStreamingChatMessageContentsAsync(
        ChatHistory chatHistory,
        PromptExecutionSettings? executionSettings = null,
        Kernel? kernel = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var message in await GetChatMessageContentsAsync(chatHistory, executionSettings, kernel, cancellationToken))
        {
            yield return new StreamingChatMessageContent(message.Role, message.Content) { ModelId = message.ModelId };
        }
    }
}
