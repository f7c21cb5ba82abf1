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

    /// <summary>The finish reason to report for a request, as the OpenAI connector does in the reply's metadata; null for none.</summary>
    public Func<ChatHistory, string?> FinishReason { get; init; } = _ => null;

    public Task<IReadOnlyList<ChatMessageContent>> GetChatMessageContentsAsync(
        ChatHistory chatHistory,
        PromptExecutionSettings? executionSettings = null,
        Kernel? kernel = null,
        CancellationToken cancellationToken = default)
    {
        Received.Enqueue((chatHistory, executionSettings));
        var finish = FinishReason(chatHistory);
        var metadata = finish is null ? null : new Dictionary<string, object?> { ["FinishReason"] = finish };
        IReadOnlyList<ChatMessageContent> result = [new ChatMessageContent(AuthorRole.Assistant, reply(chatHistory), metadata: metadata)];
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
