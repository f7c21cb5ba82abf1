using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace Briefing.App.Commands;

/// <summary>A chat service that keeps the first messages it is asked to send and stops the run there: <c>brief --print-prompt</c>.</summary>
/// <remarks>It stands where the provider's service would, so the messages are those the model would receive, after every prompt filter.</remarks>
internal sealed class PromptCapture : IChatCompletionService
{
    public IReadOnlyDictionary<string, object?> Attributes { get; } = new Dictionary<string, object?>();

    public ChatHistory? Messages { get; private set; }

    public Task<IReadOnlyList<ChatMessageContent>> GetChatMessageContentsAsync(
        ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default)
    {
        lock (Attributes)
        {
            Messages ??= new ChatHistory(chatHistory);
        }

        throw new PromptCapturedException();
    }

    public IAsyncEnumerable<StreamingChatMessageContent> GetStreamingChatMessageContentsAsync(
        ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default)
    {
        _ = GetChatMessageContentsAsync(chatHistory, executionSettings, kernel, cancellationToken);
        return AsyncEnumerable.Empty<StreamingChatMessageContent>();
    }
}
