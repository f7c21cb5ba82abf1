using System.ClientModel.Primitives;
using System.Text.Json;
using OpenAI.Chat;

namespace Briefing.Providers.Local;

/// <summary>Turns the response format a prompt asks for into the grammar that enforces it on a local model.</summary>
/// <remarks>
/// Hosted providers enforce structured output on their side; llama.cpp does it while sampling, so the JSON schema the
/// engine sends (Models/BriefingJsonSchema) becomes a GBNF grammar and a small model cannot write anything that fails to parse.
/// </remarks>
internal static class ResponseFormatGrammar
{
    public static string? For(object? responseFormat, JsonGrammarLimits limits) => responseFormat switch
    {
        null => null,
        string text when text.Equals("json_object", StringComparison.OrdinalIgnoreCase) => JsonSchemaGrammar.AnyObject(limits),
        string text when text.TrimStart().StartsWith('{') => JsonSchemaGrammar.FromSchema(text, limits),
        ChatResponseFormat format => FromChatResponseFormat(format, limits),
        _ => throw new NotSupportedException($"The local provider cannot enforce the response format '{responseFormat}'."),
    };

    // The OpenAI SDK keeps the schema internal; its wire form is the public, stable way to read it back.
    private static string? FromChatResponseFormat(ChatResponseFormat format, JsonGrammarLimits limits)
    {
        using var wire = JsonDocument.Parse(ModelReaderWriter.Write(format).ToString());
        var type = wire.RootElement.GetProperty("type").GetString();
        return type switch
        {
            "json_schema" => JsonSchemaGrammar.FromSchema(wire.RootElement.GetProperty("json_schema").GetProperty("schema").GetRawText(), limits),
            "json_object" => JsonSchemaGrammar.AnyObject(limits),
            _ => null,
        };
    }
}
