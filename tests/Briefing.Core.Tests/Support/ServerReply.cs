using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Briefing.Support;

/// <summary>One scripted answer of <see cref="ScriptedChatServer"/>, in the chat-completions wire format (streaming when asked).</summary>
public sealed record ServerReply(string Name, Func<HttpContext, bool, ScriptedChatServer, Task> Write)
{
    public const int PromptTokens = 812;
    public const int CompletionTokens = 164;

    /// <summary>A completion with <paramref name="content"/>; usage is reported unless <paramref name="withUsage"/> is false.</summary>
    public static ServerReply Content(string? content, string finishReason = "stop", bool withUsage = true) =>
        new($"content/{finishReason}", (context, stream, _) => stream
            ? WriteStreamAsync(context, content, finishReason, withUsage, dropAfterFirstChunk: false)
            : WriteJsonAsync(context, 200, Completion(content, finishReason, withUsage)));

    public static ServerReply Status(int status, TimeSpan? retryAfter = null) =>
        new($"http-{status}", (context, _, _) =>
        {
            if (retryAfter is { } wait)
            {
                context.Response.Headers.RetryAfter = ((int)wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            }

            return WriteJsonAsync(context, status, $$$"""{"error":{"message":"scripted {{{status}}}","type":"server_error","code":null}}""");
        });

    /// <summary>Never answers: holds the request until the client gives up.</summary>
    public static ServerReply Hang() => new("hang", (context, _, server) => server.ParkUntilAbortedAsync(context));

    /// <summary>Closes the connection without an HTTP response.</summary>
    public static ServerReply Drop() => new("drop", (context, _, _) =>
    {
        context.Abort();
        return Task.CompletedTask;
    });

    /// <summary>HTTP 200 whose body is cut off in the middle of the JSON.</summary>
    public static ServerReply MalformedBody() =>
        new("malformed-body", (context, _, _) => WriteJsonAsync(context, 200, """{"id":"chatcmpl-x","object":"chat.completion","choices":[{"index":0,"message":{"role":"assist"""));

    /// <summary>HTTP 200 with <paramref name="body"/> as it is, for responses that are JSON but not a usable completion.</summary>
    public static ServerReply Raw(string body) => new("raw", (context, _, _) => WriteJsonAsync(context, 200, body));

    /// <summary>The provider's content filter withheld the reply.</summary>
    public static ServerReply ContentFilter() => Content(null, "content_filter");

    /// <summary>Streams the first chunk, then drops the connection.</summary>
    public static ServerReply DropMidStream(string content) =>
        new("drop-mid-stream", (context, _, _) => WriteStreamAsync(context, content, "stop", withUsage: false, dropAfterFirstChunk: true));

    public override string ToString() => Name;

    internal static string Completion(string? content, string finishReason = "stop", bool withUsage = true)
    {
        var usage = withUsage
            ? $$""","usage":{"prompt_tokens":{{PromptTokens}},"completion_tokens":{{CompletionTokens}},"total_tokens":{{PromptTokens + CompletionTokens}}}"""
            : string.Empty;
        return $$"""
            {"id":"chatcmpl-1","object":"chat.completion","created":1767225600,"model":"test-model",
             "choices":[{"index":0,"message":{"role":"assistant","content":{{JsonSerializer.Serialize(content)}},"refusal":null},"logprobs":null,"finish_reason":"{{finishReason}}"}]{{usage}}}
            """;
    }

    private static async Task WriteJsonAsync(HttpContext context, int status, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body, Encoding.UTF8);
    }

    private static async Task WriteStreamAsync(HttpContext context, string? content, string finishReason, bool withUsage, bool dropAfterFirstChunk)
    {
        context.Response.ContentType = "text/event-stream";
        var text = content ?? string.Empty;
        var half = text.Length / 2;
        string[] pieces = [text[..half], text[half..]];
        foreach (var piece in pieces)
        {
            await EventAsync(context, $$"""{"id":"chatcmpl-1","object":"chat.completion.chunk","created":1767225600,"model":"test-model","choices":[{"index":0,"delta":{"role":"assistant","content":{{JsonSerializer.Serialize(piece)}}},"finish_reason":null}]}""");
            if (dropAfterFirstChunk)
            {
                context.Abort();
                return;
            }
        }

        await EventAsync(context, $$"""{"id":"chatcmpl-1","object":"chat.completion.chunk","created":1767225600,"model":"test-model","choices":[{"index":0,"delta":{},"finish_reason":"{{finishReason}}"}]}""");
        if (withUsage)
        {
            await EventAsync(context, $$$"""{"id":"chatcmpl-1","object":"chat.completion.chunk","created":1767225600,"model":"test-model","choices":[],"usage":{"prompt_tokens":{{{PromptTokens}}},"completion_tokens":{{{CompletionTokens}}},"total_tokens":{{{PromptTokens + CompletionTokens}}}}}""");
        }

        await EventAsync(context, "[DONE]");
    }

    private static async Task EventAsync(HttpContext context, string data)
    {
        await context.Response.WriteAsync($"data: {data}\n\n", Encoding.UTF8);
        await context.Response.Body.FlushAsync();
    }
}
