using System.Text.RegularExpressions;

namespace Briefing.Engines.Extractive;

/// <summary>Removes what is not the story from sentences: datelines, bylines, publication stamps, captions, "Read more" and share prompts.</summary>
/// <remarks>These lines are frequent in copied news text and would otherwise rank high simply because they come first.</remarks>
internal sealed partial class BoilerplateFilter
{
    /// <summary>The paragraph without a leading byline, publication stamp or dateline; empty when it was nothing else.</summary>
    public string StripHeader(string paragraph)
    {
        var text = paragraph;
        for (var pass = 0; pass < 4; pass++)
        {
            var stripped = Dateline().Replace(Stamp().Replace(Byline().Replace(text, string.Empty), string.Empty), string.Empty).TrimStart();
            if (stripped == text)
            {
                break;
            }

            text = stripped;
        }

        return text;
    }

    /// <summary>The sentence without a leading dateline, or null when it is boilerplate rather than story.</summary>
    public string? Clean(string sentence)
    {
        var text = Credit().Replace(StripHeader(sentence), string.Empty);
        return text.Length == 0 || IsBoilerplate(text) || Label().IsMatch(text) ? null : text;
    }

    public static bool IsBoilerplate(string sentence) =>
        Prompt().IsMatch(sentence) || Caption().IsMatch(sentence) || !HasWords().IsMatch(sentence)
        || (SiteFurniture().IsMatch(sentence) && sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= FurnitureMaxWords);

    /// <summary>A subscription or log-in prompt is a line or two; a longer sentence that mentions a newsletter is news.</summary>
    public const int FurnitureMaxWords = 20;

    // "(CNN) --", "Charleston, South Carolina (CNN)", "LONDON (Reuters) -", "WASHINGTON —", "(Billboard)".
    [GeneratedRegex(@"^(?:[A-Z][\w.'’]*(?:[ ,]+[A-Z][\w.'’]*){0,4}\s*)?\((?:CNN[\w ]{0,15}|AP|AFP|Reuters|Bloomberg|Billboard|Mashable|Variety|WIRED|Rolling Stone|Entertainment Weekly|The Hollywood Reporter|[\w]+\.com)\)\s*(?:--|—|–|-)?\s*|^[A-Z]{2,}(?:[ ,]+[A-Z][A-Za-z]+){0,3}\s*(?:--|—|–)\s+")]
    private static partial Regex Dateline();

    // "By . Jane Reporter . " (Daily Mail style) at the start, or a paragraph that is only "By Jane Reporter, Political Editor".
    [GeneratedRegex(@"^By\s+\.\s+[A-Z][\w.'’-]*(?:\s+(?:and\s+)?[A-Z][\w.'’-]*){0,5}\s+\.\s*|^By\s+[A-Z][\w.'’-]*(?:\s+(?:and\s+)?[A-Z][\w.'’-]*){0,5}(?:\s*,\s*[\w ]{1,40})?\s*$")]
    private static partial Regex Byline();

    // "PUBLISHED: . 10:47 EST, 22 April 2013 . | . UPDATED: . 11:02 EST, 22 April 2013 ." and "Last updated at 5:00 PM on 3rd May 2013".
    [GeneratedRegex(@"^(?:\|\s*\.?\s*)?(?:(?:PUBLISHED|UPDATED|Published|Updated|Last updated(?: at)?)\s*:\s*\.?\s*(?:\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{2,4})?,?\s*(?:on\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4})?|(?:Published|Updated|Last updated)(?: at| on)?\s+\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{2,4})?,?\s*(?:on\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4})\s*\.?\s*(?:\|\s*\.?\s*)?")]
    private static partial Regex Stamp();

    [GeneratedRegex(@"^\W*(?:read more|more updates on this story|image copyright|image caption|media caption|click here|scroll down|share this|share on|follow (?:us|me|him|her)\b|sign up|subscribe|watch(?: the)? video|video:|photos?:|related:|see also|like us on|e-?mail to a friend|all rights reserved|copyright|reporting by|editing by|additional reporting)(?![a-z])", RegexOptions.IgnoreCase)]
    private static partial Regex Prompt();

    [GeneratedRegex(@"\((?:Getty Images|AP Photo[^)]*|Reuters[^)]*|AFP[^)]*|EPA[^)]*|Photo[^)]*|Image[^)]*|Credit[^)]*|[^)]*/\s*(?:Getty|AFP|Reuters|AP)[^)]*)\)\s*$|^\s*(?:Pictured|Above|Below|Left|Right)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex Caption();

    // "Image copyright Getty Images More than 2,000 people ...": a picture credit copied in front of a sentence.
    [GeneratedRegex(@"^(?:(?:Image|Photo|Picture)\s+(?:copyright|credit)|Copyright)\s+(?:Getty Images|Reuters|AFP|EPA|PA(?: Media| Wire)?|AP|Shutterstock|Alamy|BBC|Rex Features|Corbis)\s+(?=\p{Lu})")]
    private static partial Regex Credit();

    // The page's own prompts, wherever they stand in a short sentence: "Re-enter zip code or sign up for digital access.",
    // "Mehr Infos unter www.example.de", "Lire aussi", "Leggi anche".
    [GeneratedRegex(@"\b(?:sign up (?:for|to|now|here|today)|subscribe (?:now|today|here|for|to our)|newsletter|click here|digital access|enable javascript|your browser|privacy policy|terms of (?:use|service)|mehr infos|weitere informationen unter|mehr zum thema|lesen sie auch|jetzt abonnieren|lire aussi|plus d'informations sur|abonnez-vous|lea también|más información en|suscríbete|leggi anche|per saperne di più|leia também|saiba mais|lees ook|meer informatie op)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SiteFurniture();

    // "Feminist icon: Patsy Kensit says ...": a caption's label of two or three words, not a speaker ("Police said:").
    [GeneratedRegex(@"^(?!\S+\s+(?:\S+\s+)?(?:said|says|added|adds|told|tells|explained|wrote|writes|warned|continued|insisted|replied)\b)\p{Lu}\p{Ll}+(?:\s\p{Ll}+){1,2}:\s+(?=\p{Lu})")]
    private static partial Regex Label();

    [GeneratedRegex(@"\p{L}{2,}")]
    private static partial Regex HasWords();
}
