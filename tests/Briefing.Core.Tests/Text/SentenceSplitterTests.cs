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
    [InlineData("Sanctions were imposed by the U.S. Congress. Iran agreed.", new[] { "Sanctions were imposed by the U.S. Congress.", "Iran agreed." })]
    [InlineData("He moved to the U.S. The next year he won.", new[] { "He moved to the U.S.", "The next year he won." })]
    [InlineData("Police arrested him at 11 p.m. Tuesday. He was released.", new[] { "Police arrested him at 11 p.m. Tuesday.", "He was released." })]
    [InlineData("He was ranked No. 1 in May. Nobody said no. The end came.", new[] { "He was ranked No. 1 in May.", "Nobody said no.", "The end came." })]
    [InlineData("He fell ill. The show was cancelled.", new[] { "He fell ill.", "The show was cancelled." })]
    [InlineData("It cost $2.5 million. It sold for 3.75.", new[] { "It cost $2.5 million.", "It sold for 3.75." })]
    [InlineData("The scene was Creve Coeur Lake outside of St. Louis early Friday. Carp attacked.", new[] { "The scene was Creve Coeur Lake outside of St. Louis early Friday.", "Carp attacked." })]
    [InlineData("'We will fight on,' he said. 'Always.' Then he left.", new[] { "'We will fight on,' he said.", "'Always.'", "Then he left." })]
    [InlineData("Gen. Ahmed Asiri said the raids continue. Dr. Anthony Moschetto, 54, pleaded not guilty.", new[] { "Gen. Ahmed Asiri said the raids continue.", "Dr. Anthony Moschetto, 54, pleaded not guilty." })]
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
