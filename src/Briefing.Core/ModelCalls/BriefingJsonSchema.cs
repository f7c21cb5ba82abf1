using Briefing.Providers;
using OpenAI.Chat;

namespace Briefing.ModelCalls;

/// <summary>The JSON schema of a briefing reply, sent as the structured-output response format.</summary>
internal static class BriefingJsonSchema
{
    public const string Schema = """
        {
          "type": "object",
          "properties": {
            "briefing": { "type": "string", "description": "One paragraph briefing." },
            "key_points": { "type": "array", "items": { "type": "string" }, "description": "Key points, most important first." },
            "language": { "type": "string", "description": "ISO 639-1 code of the language written in." }
          },
          "required": ["briefing", "key_points", "language"],
          "additionalProperties": false
        }
        """;

    public static object? ResponseFormat(ResponseFormatMode mode) => mode switch
    {
        ResponseFormatMode.JsonSchema => ChatResponseFormat.CreateJsonSchemaFormat("briefing", BinaryData.FromString(Schema), jsonSchemaIsStrict: true),
        ResponseFormatMode.JsonObject => "json_object",
        _ => null,
    };
}
