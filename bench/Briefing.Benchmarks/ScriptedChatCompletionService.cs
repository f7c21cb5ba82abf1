using System.Runtime.CompilerServices;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace Briefing.Benchmarks;

/// <summary>A model stand-in with a fixed reply and a chosen latency, so benchmarks measure everything but the model.</summary>
internal sealed class ScriptedChatCompletionService(TimeSpan latency, bool reportUsage = false) : IChatCompletionService
{
    public const string Reply = """
        {"briefing":"Foreign Minister Sergey Lavrov advised President Vladimir Putin on Monday to continue talks with the West on Russian security demands, saying possibilities were far from exhausted.","key_points":["Lavrov told Putin there is always a chance to find agreement.","The U.S. has offered dialogue on limits for missile deployments in Europe.","Germany's chancellor began a trip to Kyiv and Moscow.","Russia launched massive drills with its ally Belarus.","Kyiv requested an OSCE meeting in the next 48 hours."],"language":"en"}
        """;

    private readonly System.Collections.Concurrent.ConcurrentQueue<ChatHistory> _received = new();
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    /// <summary>Every chat sent, in order; the token harness counts what the model would have read.</summary>
    public IReadOnlyCollection<ChatHistory> Received => _received;

    public IReadOnlyDictionary<string, object?> Attributes { get; } = new Dictionary<string, object?>();

    public async Task<IReadOnlyList<ChatMessageContent>> GetChatMessageContentsAsync(
        ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _calls);
        _received.Enqueue(chatHistory);
        if (latency > TimeSpan.Zero)
        {
            await Task.Delay(latency, cancellationToken);
        }

        // Hosted providers report usage with every reply; local servers often do not, and then the product counts tokens itself.
        var metadata = reportUsage
            ? new Dictionary<string, object?> { ["Usage"] = OpenAI.Chat.OpenAIChatModelFactory.ChatTokenUsage(outputTokenCount: 150, inputTokenCount: 1500, totalTokenCount: 1650) }
            : null;
        return [new ChatMessageContent(AuthorRole.Assistant, Reply, metadata: metadata)];
    }

    public async IAsyncEnumerable<StreamingChatMessageContent> GetStreamingChatMessageContentsAsync(
        ChatHistory chatHistory, PromptExecutionSettings? executionSettings = null, Kernel? kernel = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var message in await GetChatMessageContentsAsync(chatHistory, executionSettings, kernel, cancellationToken))
        {
            yield return new StreamingChatMessageContent(message.Role, message.Content);
        }
    }
}
