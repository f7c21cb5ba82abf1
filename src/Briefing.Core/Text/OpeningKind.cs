namespace Briefing.Text;

/// <summary>How a sentence begins, as far as a reader who has not seen the sentence before it is concerned.</summary>
public enum OpeningKind
{
    /// <summary>The sentence can stand on its own.</summary>
    SelfContained,

    /// <summary>"He", "They", "Its": who is meant was said before.</summary>
    Pronoun,

    /// <summary>"This", "That", "These", "Such": points back at something said before.</summary>
    Demonstrative,

    /// <summary>"The striker", "The 33-year-old": a person or body named only earlier.</summary>
    DefiniteDescription,

    /// <summary>"She added:", "He said:": a quotation whose speaker is named only earlier.</summary>
    SpeakerTag,
}
