using Briefing.ModelCalls;
using OpenAI.Chat;

namespace Briefing.Providers.Local;

public sealed class JsonSchemaGrammarTests
{
    private static readonly JsonGrammarLimits Limits = new(1, 2000, 1, 12);

    [Fact]
    public void FromSchema_BriefingSchema_MatchesSnapshot() =>
        Snapshot.Match(JsonSchemaGrammar.FromSchema(BriefingJsonSchema.Schema, Limits));

    [Fact]
    public void For_BriefingResponseFormat_IsTheGrammarOfItsSchema()
    {
        var format = BriefingJsonSchema.ResponseFormat(ResponseFormatMode.JsonSchema);

        Assert.Equal(JsonSchemaGrammar.FromSchema(BriefingJsonSchema.Schema, Limits), ResponseFormatGrammar.For(format, Limits));
    }

    [Fact]
    public void For_JsonObjectMode_AllowsAnyObject()
    {
        var grammar = ResponseFormatGrammar.For(BriefingJsonSchema.ResponseFormat(ResponseFormatMode.JsonObject), Limits);

        Assert.Equal(JsonSchemaGrammar.AnyObject(Limits), grammar);
        Assert.Null(ResponseFormatGrammar.For(BriefingJsonSchema.ResponseFormat(ResponseFormatMode.None), Limits));
        Assert.Null(ResponseFormatGrammar.For(ChatResponseFormat.CreateTextFormat(), Limits));
    }

    [Fact]
    public void FromSchema_EnumsOptionalPropertiesAndNumbers_AreTranslated()
    {
        const string Schema = """
            { "type": "object", "required": ["tone"],
              "properties": { "score": { "type": "number" }, "tone": { "enum": ["calm", "alarmed"] } } }
            """;

        var grammar = JsonSchemaGrammar.FromSchema(Schema, Limits);

        Assert.Contains("r0 ::= \"\\\"calm\\\"\" | \"\\\"alarmed\\\"\"", grammar, StringComparison.Ordinal);
        Assert.Contains("(\",\" ws \"\\\"score\\\"\" ws \":\" ws number ws)?", grammar, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "type": "object", "properties": { "a": { "oneOf": [] } }, "required": ["a"] }""")]
    [InlineData("""{ "type": "array" }""")]
    [InlineData("""{ "type": "object", "properties": { "a": { "type": "string" } } }""")]
    public void FromSchema_UnsupportedConstruct_IsRefused(string schema) =>
        Assert.Throws<NotSupportedException>(() => JsonSchemaGrammar.FromSchema(schema, Limits));
}
