namespace Briefing.Engines.Extractive;

public sealed class KeyPointCompressorTests
{
    private readonly KeyPointCompressor _compressor = new();

    [Theory]
    [InlineData("Four people were killed in the blast, police said.", "Four people were killed in the blast.")]
    [InlineData("Four people were killed in the blast, according to the interior ministry.", "Four people were killed in the blast.")]
    [InlineData("The rig burned for hours, the company told CNN on Monday.", "The rig burned for hours.")]
    [InlineData("Katie -- a giraffe at the Dallas Zoo -- gave birth on Friday.", "Katie gave birth on Friday.")]
    [InlineData("But the company denied the report on Tuesday.", "The company denied the report on Tuesday.")]
    [InlineData("However, the company denied the report on Tuesday.", "The company denied the report on Tuesday.")]
    [InlineData("The calf (about 6 feet tall) was born early Friday evening.", "The calf was born early Friday evening.")]
    [InlineData("Speaking at the start of a meeting with Putin, Foreign Minister Sergey Lavrov suggested that talks continue.", "Foreign Minister Sergey Lavrov suggested that talks continue.")]
    public void Compress_RemovesAsidesConnectivesAndAttribution(string sentence, string expected)
    {
        Assert.Equal(expected, _compressor.Compress(sentence));
    }

    [Theory]
    [InlineData("\"We are doing everything we can,\" he said.")]
    [InlineData("Beijing, Washington and Moscow agreed on a ceasefire.")]
    [InlineData("The treaty (signed in 1997) still holds.")]
    [InlineData("Police said so.")]
    [InlineData("In Paris, thousands marched.")]
    [InlineData("\"It's our commitment (and our duty) to help,\" the mayor said on Monday.")]
    [InlineData("He said 'if Andros Townsend -- a winger -- can get in then anybody can.'")]
    public void Compress_NothingSafeToRemove_KeepsTheSentence(string sentence)
    {
        Assert.Equal(sentence, _compressor.Compress(sentence));
    }
}
