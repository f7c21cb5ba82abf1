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

    [Theory]
    [InlineData("A court has heard.Shocking allegations followed.", new[] { "A court has heard.", "Shocking allegations followed." })]
    [InlineData("He lives in the U.S.A and works at www.Example.com today.", new[] { "He lives in the U.S.A and works at www.Example.com today." })]
    [InlineData("Write to jane.Doe@example.com or see https://example.com/News.Page now.", new[] { "Write to jane.Doe@example.com or see https://example.com/News.Page now." })]
    [InlineData("Radio 3 boss answers critics on the Feedback programme The controller of Radio 3 has defended it.", new[] { "Radio 3 boss answers critics on the Feedback programme", "The controller of Radio 3 has defended it." })]
    [InlineData("Your house could sell for less In a study published today, prices fell.", new[] { "Your house could sell for less", "In a study published today, prices fell." })]
    [InlineData("He read The Times and The Guardian.", new[] { "He read The Times and The Guardian." })]
    [InlineData("The tram overturned Carl Court/Getty Images 3/8 Emergency services were called.", new[] { "The tram overturned Carl Court/Getty Images 3/8", "Emergency services were called." })]
    [InlineData("Patsy Kensit at the awards (Getty Images) The actress said she was delighted.", new[] { "Patsy Kensit at the awards (Getty Images)", "The actress said she was delighted." })]
    public void Split_CopiedPageText_FindsTheBoundariesItLost(string text, string[] expected)
    {
        Assert.Equal(expected, _splitter.Split(text, "en"));
    }

    [Theory]
    [InlineData("de", "Die Grünen hatten z. B. eine Verdopplung gefordert. Nach Nr. 4 des Beschlusses steigt sie.", new[] { "Die Grünen hatten z. B. eine Verdopplung gefordert.", "Nach Nr. 4 des Beschlusses steigt sie." })]
    [InlineData("de", "Der Rat tagte am 3. Oktober im Rathaus. Dr. Weber sagte: „Es reicht.“ Er ging.", new[] { "Der Rat tagte am 3. Oktober im Rathaus.", "Dr. Weber sagte: „Es reicht.“", "Er ging." })]
    [InlineData("fr", "M. Villedieu a déclaré : « Nous ne céderons pas. » Il a appelé au calme, p. ex. à Paris.", new[] { "M. Villedieu a déclaré : « Nous ne céderons pas. »", "Il a appelé au calme, p. ex. à Paris." })]
    [InlineData("es", "La Sra. Ribera habló con el Sr. Caball en EE.UU. ayer. «Es la mayor inversión», afirmó.", new[] { "La Sra. Ribera habló con el Sr. Caball en EE.UU. ayer.", "«Es la mayor inversión», afirmó." })]
    [InlineData("it", "Il dott. Rossi ha parlato con il sig. Bianchi. Poi è partito.", new[] { "Il dott. Rossi ha parlato con il sig. Bianchi.", "Poi è partito." })]
    [InlineData("pt", "A Sra. Costa falou com o Dr. Lima. Depois saiu.", new[] { "A Sra. Costa falou com o Dr. Lima.", "Depois saiu." })]
    [InlineData("nl", "Dhr. Jansen sprak bijv. met mevr. De Vries. Daarna vertrok hij.", new[] { "Dhr. Jansen sprak bijv. met mevr. De Vries.", "Daarna vertrok hij." })]
    [InlineData("zh", "新线路全长十八公里。预计每天有二十万名乘客！这是否足够？专家说：“还不够。”", new[] { "新线路全长十八公里。", "预计每天有二十万名乘客！", "这是否足够？", "专家说：“还不够。”" })]
    public void Split_KnownLanguage_UsesItsAbbreviationsAndSentenceEnds(string language, string text, string[] expected)
    {
        Assert.Equal(expected, _splitter.Split(text, language));
    }

    [Fact]
    public void Split_RunWithoutSpaces_NoSentenceExceedsTheBound()
    {
        var text = new string('x', 1_900_000);

        var sentences = _splitter.Split(text);

        Assert.All(sentences, s => Assert.InRange(s.Length, 1, SentenceSplitter.MaxSentenceChars));
        Assert.Equal(text.Length, sentences.Sum(s => s.Length));
    }

    [Fact]
    public void Split_EmptyText_ReturnsNothing()
    {
        Assert.Empty(_splitter.Split("   "));
    }
}
