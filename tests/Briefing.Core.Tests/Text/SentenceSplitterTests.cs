namespace Briefing.Text;

public sealed class SentenceSplitterTests
{
    private readonly SentenceSplitter _splitter = new();

    [Theory]
    [InlineData("Mr. Smith met Dr. Jones on Jan. 5. They talked.", new[] { "Mr. Smith met Dr. Jones on Jan. 5.", "They talked." })]
    [InlineData("The U.S. Army said so. Then it left.", new[] { "The U.S. Army said so.", "Then it left." })]
    [InlineData("J. K. Rowling wrote it. It sold well.", new[] { "J. K. Rowling wrote it.", "It sold well." })]
    [InlineData("Growth was 3.5 percent. Prices rose 2.1%.", new[] { "Growth was 3.5 percent.", "Prices rose 2.1%." })]
    [InlineData("\"Is there a chance?\" Putin asked Lavrov. He nodded.", new[] { "\"Is there a chance?\" Putin asked Lavrov.", "He nodded." })]
    [InlineData("He said: \"We will win.\" The crowd cheered!", new[] { "He said: \"We will win.\"", "The crowd cheered!" })]
    [InlineData("Prices fell. what now? Nobody knows", new[] { "Prices fell. what now?", "Nobody knows" })]
    [InlineData("Line one\nLine two.", new[] { "Line one\nLine two." })]
    public void Split_NewsProse_FindsSentenceBoundaries(string text, string[] expected)
    {
        Assert.Equal(expected, _splitter.Split(text));
    }

    [Fact]
    public void Split_EmptyText_ReturnsNothing()
    {
        Assert.Empty(_splitter.Split("   "));
    }
}
