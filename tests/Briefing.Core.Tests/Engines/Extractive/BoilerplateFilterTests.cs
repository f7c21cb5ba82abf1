namespace Briefing.Engines.Extractive;

public sealed class BoilerplateFilterTests
{
    private readonly BoilerplateFilter _filter = new();

    [Theory]
    [InlineData("(CNN) -- The mayor resigned on Tuesday.", "The mayor resigned on Tuesday.")]
    [InlineData("(CNN)The mayor resigned on Tuesday.", "The mayor resigned on Tuesday.")]
    [InlineData("Charleston, South Carolina (CNN)Police officers escorted the hearse.", "Police officers escorted the hearse.")]
    [InlineData("LONDON (Reuters) - Britain's economy grew.", "Britain's economy grew.")]
    [InlineData("WASHINGTON \u2014 The Senate passed the bill.", "The Senate passed the bill.")]
    [InlineData("(EW.com)Fans cheered the trailer.", "Fans cheered the trailer.")]
    [InlineData("By . Jane Reporter . PUBLISHED: . 10:47 EST, 22 April 2013 . | . UPDATED: . 11:02 EST, 22 April 2013 . The mayor resigned.", "The mayor resigned.")]
    [InlineData("By Jane Reporter, Political Editor", "")]
    public void StripHeader_DatelinesBylinesAndStamps_AreRemoved(string paragraph, string expected)
    {
        Assert.Equal(expected, _filter.StripHeader(paragraph));
    }

    [Theory]
    [InlineData("By Monday, the troops had left the city.")]
    [InlineData("Apple (AAPL) shares rose 3% on Friday.")]
    [InlineData("Updated figures show the economy grew.")]
    [InlineData("Subscribers rose by a third last year.")]
    [InlineData("Beijing, Washington and Moscow agreed on a ceasefire.")]
    [InlineData("Instead, people are going crazy for tins of butter cookies.")]
    [InlineData("Police said: 'We are looking for two men.'")]
    [InlineData("The newsletter, which she founded in 2009 with two friends from college, now has more than 400,000 readers across Europe and Asia.")]
    public void Clean_StorySentences_AreKeptUnchanged(string sentence)
    {
        Assert.Equal(sentence, _filter.Clean(sentence));
    }

    [Theory]
    [InlineData("Read more: How the vote was won.")]
    [InlineData("READ MORE: The full interview.")]
    [InlineData("Scroll down for video.")]
    [InlineData("Share this article.")]
    [InlineData("Click here to sign up.")]
    [InlineData("Follow us on Twitter.")]
    [InlineData("A firefighter walks past the wreck. (Getty Images)")]
    [InlineData("Pictured: the platform after the fire.")]
    [InlineData("(CNN) --")]
    [InlineData("| .")]
    [InlineData("Re-enter zip code or sign up for digital access.")]
    [InlineData("You must select a newsletter to subscribe to.")]
    [InlineData("Mehr Infos unter www.freiburg.de/Radwege oder per Mail an radverkehr@freiburg.de.")]
    [InlineData("Lire aussi : la grève continue.")]
    [InlineData("Leggi anche: il piano del sindaco.")]
    [InlineData("More updates on this story")]
    [InlineData("Feminist icon: Patsy Kensit says the station shaped her childhood.")]
    public void Clean_Boilerplate_IsDropped(string sentence)
    {
        Assert.Null(_filter.Clean(sentence));
    }

    [Fact]
    public void Clean_CreditBeforeASentence_KeepsTheSentence()
    {
        Assert.Equal("More than 2,000 people signed the petition.", _filter.Clean("Image copyright Getty Images More than 2,000 people signed the petition."));
    }
}
