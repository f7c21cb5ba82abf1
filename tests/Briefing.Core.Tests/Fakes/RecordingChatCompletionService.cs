using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace Briefing.Fakes;

/// <summary>A callback fake chat service: replies with whatever the test's function returns and records every request.</summary>
public sealed class RecordingChatCompletionService(Func<ChatHistory, string> reply) : IChatCompletionService
{
    public RecordingChatCompletionService(string fixedReply)
        : this(_ => fixedReply)
    {
    }

    public ConcurrentQueue<(ChatHistory History, PromptExecutionSettings? Settings)> Received { get; } = new();

    public IReadOnlyDictionary<string, object?> Attributes { get; } = new Dictionary<string, object?>();

    public Task<IReadOnlyList<ChatMessageContent>> GetChatMessageContentsAsync(
        ChatHistory chatHistory,
        PromptExecutionSettings? executionSettings = null,
        Kernel? kernel = null,
        CancellationToken cancellationToken = default)
    {
        Received.Enqueue((chatHistory, executionSettings));
        IReadOnlyList<ChatMessageContent> result = [new ChatMessageContent(AuthorRole.Assistant, reply(chatHistory))];
        return Task.FromResult(result);
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

    /// <summary>The chat as the model received it, one block per message, for prompt snapshots.</summary>
    public static string Transcript(ChatHistory history) =>
        string.Join("\n", history.Select(m => $"----- {m.Role.Label} -----\n{m.Content}"));
}
