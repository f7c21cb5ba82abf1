using System.Runtime.CompilerServices;
using Briefing.Briefings;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace Briefing.Providers;

/// <summary>The "fake" provider: replays replies from a file, or from the files of a folder in name order, one per call.</summary>
/// <remarks>Deterministic output for demos and tests without a model; every briefing it produces is labelled as fake.</remarks>
internal sealed class FileReplayChatCompletionService : IChatCompletionService
{
    private readonly string[] _replyFiles;
    private int _calls;

    private readonly long _maxBytes;

    public FileReplayChatCompletionService(string path, long maxBytes = 1 << 20)
    {
        _maxBytes = maxBytes;
        _replyFiles = Directory.Exists(path)
            ? Directory.GetFiles(path).Order(StringComparer.Ordinal).ToArray()
            : File.Exists(path) ? [path] : throw new SettingException("Briefing:Model:FakeReplyPath", $"Fake reply file '{path}' (Briefing:Model:FakeReplyPath) does not exist.");
        if (_replyFiles.Length == 0)
        {
            throw new SettingException("Briefing:Model:FakeReplyPath", $"Fake reply folder '{path}' (Briefing:Model:FakeReplyPath) has no files.");
        }
    }

    public IReadOnlyDictionary<string, object?> Attributes { get; } = new Dictionary<string, object?> { ["ModelId"] = "fake" };

    public async Task<IReadOnlyList<ChatMessageContent>> GetChatMessageContentsAsync(
        ChatHistory chatHistory,
        PromptExecutionSettings? executionSettings = null,
        Kernel? kernel = null,
        CancellationToken cancellationToken = default)
    {
        // Past the last file, the last reply repeats, so a single file serves any number of articles.
        var index = Math.Min(Interlocked.Increment(ref _calls) - 1, _replyFiles.Length - 1);
        if (new FileInfo(_replyFiles[index]).Length > _maxBytes)
        {
            throw new ModelException(
                $"The model's reply was larger than {BoundedReplyHandler.Size(_maxBytes)} (Briefing:Model:MaxReplyBytes): the fake reply file '{_replyFiles[index]}' is too large.");
        }

        var reply = await File.ReadAllTextAsync(_replyFiles[index], cancellationToken);
        return [new ChatMessageContent(AuthorRole.Assistant, reply) { ModelId = "fake" }];
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
