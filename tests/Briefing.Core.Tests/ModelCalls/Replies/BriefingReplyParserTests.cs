using Briefing.Briefings;
namespace Briefing.ModelCalls.Replies;

public sealed class BriefingReplyParserTests
{
    private readonly BriefingReplyParser _parser = new();

    [Fact]
    public void Parse_CleanJson_ReadsAllFields()
    {
        var content = _parser.Parse("""{"briefing":"A happened.","key_points":["One.","Two."],"language":"en"}""");

        Assert.Equal("A happened.", content.Briefing);
        Assert.Equal(["One.", "Two."], content.KeyPoints);
        Assert.Equal("en", content.Language);
    }

    [Fact]
    public void Parse_JsonInCodeFenceWithProse_FindsTheObject()
    {
        const string Reply = """
            Sure! Here is the briefing you asked for:
            ```json
            {"briefing": "A {curly} thing happened.", "key_points": ["One."]}
            ```
            Let me know if you need anything else.
            """;

        var content = _parser.Parse(Reply);

        Assert.Equal("A {curly} thing happened.", content.Briefing);
        Assert.Equal(["One."], content.KeyPoints);
    }

    [Fact]
    public void Parse_CamelCaseAndTrailingComma_AreTolerated()
    {
        var content = _parser.Parse("""{"summary": "S.", "keyPoints": ["P1", "P2",],}""");

        Assert.Equal("S.", content.Briefing);
        Assert.Equal(["P1", "P2"], content.KeyPoints);
    }

    [Fact]
    public void Parse_MarkdownBullets_ReadsParagraphAndPoints()
    {
        const string Reply = """
            ## Briefing
            Talks will continue, the minister said.

            Key points:
            - The minister advised continuing talks.
            * The West rejected the main demands.
            1. A meeting is planned.
            """;

        var content = _parser.Parse(Reply);

        Assert.Equal("Talks will continue, the minister said.", content.Briefing);
        Assert.Equal(["The minister advised continuing talks.", "The West rejected the main demands.", "A meeting is planned."], content.KeyPoints);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n ")]
    public void Parse_EmptyReply_Throws(string reply)
    {
        var error = Assert.Throws<ModelException>(() => _parser.Parse(reply));

        Assert.Equal("The model returned an empty reply.", error.Message);
    }

    [Fact]
    public void Parse_JsonWithoutKeyPoints_Throws()
    {
        var error = Assert.Throws<ModelException>(() => _parser.Parse("""{"briefing":"Only this.","key_points":[]}"""));

        Assert.Equal("The model's reply has no key points.", error.Message);
    }

    [Fact]
    public void Parse_JsonWithoutBriefing_Throws()
    {
        var error = Assert.Throws<ModelException>(() => _parser.Parse("""{"key_points":["x"]}"""));

        Assert.Equal("The model's reply has no briefing text.", error.Message);
    }

    [Fact]
    public void Parse_TruncatedJson_ThrowsWithAQuoteOfTheReply()
    {
        var error = Assert.Throws<ModelException>(() => _parser.Parse("""{"briefing":"The talks were cut sho"""));

        Assert.Contains("neither a briefing JSON object nor a bullet list", error.Message, StringComparison.Ordinal);
        Assert.Contains("The talks were cut sho", error.Message, StringComparison.Ordinal);
    }
}
