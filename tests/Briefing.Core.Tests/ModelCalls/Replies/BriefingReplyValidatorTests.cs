using Briefing.Briefings;
using Briefing.Support;

namespace Briefing.ModelCalls.Replies;

public sealed class BriefingReplyValidatorTests
{
    private readonly BriefingReplyParser _parser = new();

    [Theory]
    [InlineData("")]
    [InlineData("Here is the briefing:\n```json\n")]
    public void Check_ValidReplyWithOrWithoutWrapping_ReturnsWhatTheParserReads(string before)
    {
        var text = before + FakeReplies.Sample + (before.Length == 0 ? string.Empty : "\n```");
        var validator = new BriefingReplyValidator(_parser);

        var check = validator.Check(new ModelReply(text, "stop", null, ModelUsage.None), LengthPreset.For(BriefingLength.Medium));

        var content = Assert.IsType<BriefingContent>(check.Content);
        var parsed = _parser.Parse(text);
        Assert.Equal(parsed.Briefing, content.Briefing);
        Assert.Equal(parsed.KeyPoints, content.KeyPoints);
        Assert.Equal(parsed.Language, content.Language);
    }
}
