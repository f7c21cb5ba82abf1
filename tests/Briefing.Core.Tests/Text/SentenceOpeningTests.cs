namespace Briefing.Text;

public sealed class SentenceOpeningTests
{
    private readonly SentenceOpening _opening = new();

    [Theory]
    [InlineData("He will wear the number 9 shirt.", OpeningKind.Pronoun)]
    [InlineData("Their plan failed.", OpeningKind.Pronoun)]
    [InlineData("Er verwies auf die Zahl der Unfälle.", OpeningKind.Pronoun)]
    [InlineData("This is the third time the club has done so.", OpeningKind.Demonstrative)]
    [InlineData("There, he met the president.", OpeningKind.Demonstrative)]
    [InlineData("The Sweden striker, 38, scored 52 goals.", OpeningKind.DefiniteDescription)]
    [InlineData("The 33-year-old was arrested on Monday.", OpeningKind.DefiniteDescription)]
    [InlineData("She added: 'We are delighted.'", OpeningKind.SpeakerTag)]
    [InlineData("\"We are delighted,\" she added.", OpeningKind.SpeakerTag)]
    [InlineData("\"He is a winner.\"", OpeningKind.SpeakerTag)]
    [InlineData("Zlatan Ibrahimovic has signed for LA Galaxy.", OpeningKind.SelfContained)]
    [InlineData("The bridge collapsed on Monday.", OpeningKind.SelfContained)]
    [InlineData("There were 20 people on board.", OpeningKind.SelfContained)]
    [InlineData("This week the council met.", OpeningKind.SelfContained)]
    [InlineData("It is understood that talks continue.", OpeningKind.SelfContained)]
    [InlineData("The striker Zlatan Ibrahimovic has signed.", OpeningKind.SelfContained)]
    [InlineData("\"Zlatan will help,\" said coach Greg Vanney.", OpeningKind.SelfContained)]
    [InlineData("\"There is always a chance\" to find agreement, Lavrov told Putin.", OpeningKind.SelfContained)]
    [InlineData("[Ibrahimovic] will wear the number 9 shirt.", OpeningKind.SelfContained)]
    public void Classify_Sentence_TellsHowItOpens(string sentence, OpeningKind expected)
    {
        Assert.Equal(expected, _opening.Classify(sentence, out _));
    }

    [Theory]
    [InlineData("fr", "Il a appelé les voyageurs à la patience.", OpeningKind.Pronoun)]
    [InlineData("it", "Il sindaco di Milano ha presentato il piano.", OpeningKind.SelfContained)]
    [InlineData("it", "«È una svolta per la città», ha aggiunto.", OpeningKind.SpeakerTag)]
    [InlineData("it", "«È una svolta per la città», ha detto Marco Rossi.", OpeningKind.SelfContained)]
    [InlineData("es", "«Es la mayor inversión de la década», afirmó.", OpeningKind.SpeakerTag)]
    [InlineData("es", "El plan incluye dos desaladoras.", OpeningKind.SelfContained)]
    [InlineData("es", "Ella dijo que las obras comenzarán en otoño.", OpeningKind.Pronoun)]
    [InlineData("de", "Sie sagte: „Wir investieren mehr.“", OpeningKind.SpeakerTag)]
    [InlineData("nl", "Zij vrezen dat klanten wegblijven.", OpeningKind.Pronoun)]
    [InlineData("en", "\"We will win,\" police said.", OpeningKind.SelfContained)]
    public void Classify_SentenceInALanguage_UsesThatLanguagesPronouns(string language, string sentence, OpeningKind expected)
    {
        Assert.Equal(expected, _opening.Classify(sentence, language, out _));
    }
}
