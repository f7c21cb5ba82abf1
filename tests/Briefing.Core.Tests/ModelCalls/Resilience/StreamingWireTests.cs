using System.Text;
using Briefing.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace Briefing.ModelCalls.Resilience;

/// <summary>The scripted server's streaming mode, through the same connector and resilient HttpClient.</summary>
public sealed class StreamingWireTests
{
    [Fact]
    public async Task Stream_ScriptedReply_ArrivesInChunksAndReassembles()
    {
        await using var harness = await ModelServerHarness.StartAsync([ServerReply.Content(FakeReplies.Sample)]);
        var chat = harness.Services.GetRequiredService<Kernel>().GetRequiredService<IChatCompletionService>();

        var (text, chunks) = await harness.Clock.RunAsync(harness.Server, () => ReadAsync(chat));

        Assert.Equal(FakeReplies.Sample, text);
        Assert.True(chunks >= 2);
        Assert.Equal(1, harness.Server.RequestCount);
    }

    [Fact]
    public async Task Stream_ConnectionDroppedMidStream_SurfacesAsAnError()
    {
        await using var harness = await ModelServerHarness.StartAsync([ServerReply.DropMidStream(FakeReplies.Sample)]);
        var chat = harness.Services.GetRequiredService<Kernel>().GetRequiredService<IChatCompletionService>();

        var error = await harness.Clock.RunAsync(harness.Server, () => Record.ExceptionAsync(() => ReadAsync(chat)));

        Assert.NotNull(error);
    }

    private static async Task<(string Text, int Chunks)> ReadAsync(IChatCompletionService chat)
    {
        var text = new StringBuilder();
        var chunks = 0;
        await foreach (var chunk in chat.GetStreamingChatMessageContentsAsync(new ChatHistory("Summarize.")))
        {
            if (!string.IsNullOrEmpty(chunk.Content))
            {
                chunks++;
                text.Append(chunk.Content);
            }
        }

        return (text.ToString(), chunks);
    }
}
