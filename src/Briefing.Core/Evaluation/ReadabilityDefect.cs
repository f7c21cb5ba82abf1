namespace Briefing.Evaluation;

/// <summary>The kinds of defect a reader trips over in a briefing, as <see cref="ReadabilityChecker"/> counts them.</summary>
public enum ReadabilityDefect
{
    /// <summary>A caption, heading, credit or label glued to a sentence: "... programme The controller ...", "Feminist icon: ...".</summary>
    GluedHeading,

    /// <summary>Two sentences run together for a missing space: "... has heard.Shocking allegations ...".</summary>
    MissingSpace,

    /// <summary>Page furniture left in: "More updates on this story", "Read more", "Image copyright", a byline.</summary>
    Boilerplate,

    /// <summary>A key point or the paragraph opens with a pronoun, demonstrative or bare "The striker" that refers to nothing before it.</summary>
    DanglingReference,

    /// <summary>A quotation introduced by "She added:" with the speaker never named.</summary>
    SpeakerTag,

    /// <summary>A quotation opened and never closed, or closed and never opened, within a key point or the paragraph.</summary>
    UnbalancedQuotation,

    /// <summary>Two key points open with the same three words.</summary>
    RepeatedOpening,

    /// <summary>Two key points say the same thing: most of the shorter one's content words are in the other.</summary>
    Repetition,

    /// <summary>The paragraph does not open with the story's lead, so the reader meets background first.</summary>
    ParagraphOffLead,

    /// <summary>A key point or paragraph far longer than any sentence or paragraph a person would write.</summary>
    Overlong,
}
