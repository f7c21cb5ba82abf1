using System.Text.RegularExpressions;

namespace Briefing.Engines.Extractive;

/// <summary>Names the person an opening "He" or "She" refers to when the sentence before makes it plain, as a bracketed edit: "[Ibrahimovic]".</summary>
/// <remarks>
/// Only when the sentence before opens with a person's name as its subject ("Zlatan Ibrahimovic has signed ...",
/// "Mr Smith said ..."): that is the reading any reader makes. The brackets show the word is the engine's, not the
/// article's. Anything less plain (an object, two names, "They") is left alone and the sentence is not chosen.
/// </remarks>
internal sealed partial class AntecedentFinder
{
    /// <summary>The sentence with its opening personal pronoun replaced by the bracketed surname, or null when the referent is not plain.</summary>
    public string? Resolve(string sentence, string previous)
    {
        var pronoun = Pronoun().Match(sentence);
        if (!pronoun.Success)
        {
            return null;
        }

        var subject = Subject().Match(previous);
        if (!subject.Success || NotAName().IsMatch(subject.Groups["name"].Value))
        {
            return null;
        }

        var surname = subject.Groups["name"].Value.Split(' ')[^1];
        var possessive = pronoun.Groups["p"].Value is "His" or "Her";
        return $"[{surname}{(possessive ? "'s" : string.Empty)}]" + sentence[pronoun.Groups["p"].Length..];
    }

    [GeneratedRegex(@"^(?<p>He|She|His|Her)\b")]
    private static partial Regex Pronoun();

    // A title and a name, or a full name of two or three words, then the verb or an apposition.
    [GeneratedRegex(@"^(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lady|Lord|President|Senator|Judge|Chancellor|Coach|Captain|Prof)\.?\s+(?<name>(?:\p{Lu}[\p{Ll}'’-]+\s+){0,2}\p{Lu}[\p{Ll}'’-]+)|(?<name>\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}))(?:,|\s+\p{Ll})")]
    private static partial Regex Subject();

    // Capitalised runs at a sentence start that are not people.
    [GeneratedRegex(@"^(?:The|A|An|In|On|At|But|And|When|After|Before|Police|Officers|Scientists|Researchers|Experts|Officials|Prosecutors|Doctors|Investigators|Authorities|Residents|Last|This|Next|On|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:United|City|Council|Party|Court|Police|Department|Ministry|Office|Government|Club|Inc|Ltd|Airlines|News|Times|Post|Association|Union|University|Hospital|Company|Group|Bank|Agency)\b")]
    private static partial Regex NotAName();
}
