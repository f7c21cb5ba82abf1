using System.Runtime.CompilerServices;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace Briefing.Fakes;

/// <summary>Replies at once, except to a prompt containing <c>blockWhen</c>: then it cancels the run and waits for that cancellation.</summary>
/// <remarks>Puts a cancellation exactly in the middle of a model call, as SIGTERM would, without any timing.</remarks>
public sealed class BlockingChatCompletionService(string reply, string blockWhen, CancellationTokenSource cancelRun) : IChatCompletionService
{
    public IReadOnlyDictionary<string, object?> Attributes { get; } = new Dictionary<string, object?>();

    public async Task<IReadOnlyList<ChatMessageContent>> GetChatMessageContentsAsync(
        ChatHistory chatHistory,
        PromptExecutionSettings? executionSettings = null,
        Kernel? kernel = null,
        CancellationToken cancellationToken = default)
    {
        if (chatHistory.Any(m => m.Content?.Contains(blockWhen, StringComparison.Ordinal) == true))
        {
            await cancelRun.CancelAsync();
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        return [new ChatMessageContent(AuthorRole.Assistant, reply)];
    }

    public async IAsyncEnumerable<StreamingChatMessageContent> GetStreamingChatMessageContentsAsync(
        ChatHistory chatHistory,
        PromptExecutionSettings? executionSettings = null,
        Kernel? kernel = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var message in await GetChatMessageContentsAsync(chatHistory, executionSettings, kernel, cancellationToken))
        {
            yield return new StreamingChatMessageContent(message.Role, message.Content);
        }
    }
}
