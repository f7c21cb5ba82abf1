using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace Briefing.Text;

/// <summary>Tells whether a sentence opens by leaning on an earlier one: a pronoun, a demonstrative, a bare "The striker", an unnamed speaker tag.</summary>
/// <remarks>
/// The pronoun and demonstrative lists cover English, German, French, Spanish, Italian, Portuguese and Dutch. A
/// definite description counts only when its head noun names a person, a group or an organisation ("The striker",
/// "The firm"), since "The bridge collapsed" introduces its subject well enough. "There is" is existential, not a reference.
/// </remarks>
internal sealed partial class SentenceOpening
{
    private static readonly FrozenDictionary<string, FrozenSet<string>> PronounsByLanguage = new Dictionary<string, FrozenSet<string>>
    {
        ["en"] = Set("he she it they his her its their him them we our"),
        ["de"] = Set("er sie ihr ihre sein seine"),
        ["fr"] = Set("il elle ils elles"),
        ["es"] = Set("él ella ellos ellas"),
        ["it"] = Set("lui lei loro egli ella"),
        ["pt"] = Set("ele ela eles elas"),
        ["nl"] = Set("hij zij ze hun"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Without a known language, words that are an article or a verb in another language ("il" in Italian, "ze",
    // "ella") are left out: a missed pronoun costs less than a lead taken for a reference.
    private static readonly FrozenSet<string> Pronouns = PronounsByLanguage.Values.SelectMany(s => s)
        .Except(["il", "ze", "ella", "loro", "hun"]).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Demonstratives = new[]
    {
        "this", "that", "these", "those", "such", "dies", "diese", "dieser", "dieses", "ceci", "cela", "ça", "ce", "cette", "ces",
        "esto", "eso", "este", "esta", "estos", "estas", "ese", "esa", "questo", "questa", "questi", "queste", "isso", "isto",
        "dit", "dat", "deze",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Roles = new[]
    {
        "man", "woman", "men", "women", "boy", "girl", "teenager", "teen", "child", "baby", "couple", "pair", "duo", "trio",
        "player", "striker", "midfielder", "defender", "goalkeeper", "keeper", "forward", "winger", "captain", "star", "actor",
        "actress", "singer", "rapper", "model", "president", "minister", "politician", "officer", "suspect", "victim", "driver",
        "pilot", "father", "mother", "husband", "wife", "son", "daughter", "brother", "sister", "mayor", "senator", "lawmaker",
        "leader", "chief", "boss", "manager", "coach", "club", "side", "team", "company", "firm", "group", "student", "doctor",
        "nurse", "teacher", "pensioner", "grandmother", "grandfather", "mum", "dad", "spokesman", "spokeswoman", "defendant",
        "official", "source", "veteran", "soldier", "gunman", "attacker", "youngster", "footballer", "celebrity", "presenter",
        "host", "businessman", "businesswoman", "billionaire", "millionaire", "prince", "princess", "duke", "duchess", "singer-songwriter",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Existential = new[]
    {
        "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "may", "might", "must", "should", "seems", "seemed", "remains", "remain",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> TimeNouns = new[]
    {
        "week", "weekend", "year", "month", "morning", "afternoon", "evening", "summer", "winter", "spring", "autumn", "season",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "woche", "jahr", "monat", "morgen", "sommer",
        "winter", "matin", "soir", "semaine", "année", "mois", "été", "hiver", "año", "semana", "mes", "mañana", "verano", "anno",
        "settimana", "mese", "mattina", "estate", "ano", "mês", "manhã", "jaar", "maand", "ochtend", "zomer",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // "It is understood that ...", "It was unclear whether ...": impersonal, no antecedent needed.
    private static readonly FrozenSet<string> Impersonal = new[]
    {
        "understood", "thought", "believed", "expected", "likely", "unlikely", "unclear", "not", "feared", "hoped", "alleged",
        "reported", "claimed", "estimated", "possible", "impossible", "clear", "illegal", "now", "still", "also",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>How <paramref name="sentence"/> opens; for a definite description, <paramref name="head"/> is its head noun ("striker").</summary>
    public OpeningKind Classify(string sentence, out string? head) => Classify(sentence, language: null, out head);

    /// <summary>How <paramref name="sentence"/> opens in <paramref name="language"/> (an ISO code; null when unknown).</summary>
    public OpeningKind Classify(string sentence, string? language, out string? head)
    {
        head = null;
        var pronouns = language is not null && PronounsByLanguage.TryGetValue(Abbreviations.Primary(language), out var own) ? own : Pronouns;
        var text = sentence.TrimStart('(', ' ');
        if (SpeakerTag().IsMatch(text) && pronouns.Contains(text[..text.IndexOf(' ', StringComparison.Ordinal)]))
        {
            return OpeningKind.SpeakerTag;
        }

        // A sentence that opens with a quotation reads on its own when its speaker is named after it: not "he said",
        // not "afirmó", not nothing at all.
        if (text.Length > 0 && text[0] is '"' or '\'' or '\u201C' or '\u2018' or '\u00AB' or '\u201E')
        {
            var proDrop = language is not null && Abbreviations.Primary(language) is "it" or "es" or "pt";
            return UnnamedSpeaker(text, pronouns, proDrop) ? OpeningKind.SpeakerTag : OpeningKind.SelfContained;
        }

        var words = FirstWords(text, 6);
        if (words.Count == 0)
        {
            return OpeningKind.SelfContained;
        }

        var first = words[0];
        if (first.Equals("there", StringComparison.OrdinalIgnoreCase))
        {
            return words.Count > 1 && Existential.Contains(words[1]) ? OpeningKind.SelfContained : OpeningKind.Demonstrative;
        }

        if (first is "It" && words.Count > 2 && words[1] is "is" or "was" && Impersonal.Contains(words[2]))
        {
            return OpeningKind.SelfContained;
        }

        if (pronouns.Contains(first) && !(first is "Sie" or "sie" && words.Count > 1 && char.IsUpper(words[1][0])))
        {
            return OpeningKind.Pronoun;
        }

        if (Demonstratives.Contains(first))
        {
            // "This week", "Cette année", "Dieses Jahr" set the time; they point at nothing earlier.
            return words.Count > 1 && TimeNouns.Contains(words[1]) ? OpeningKind.SelfContained : OpeningKind.Demonstrative;
        }

        return DefiniteDescription(words, out head);
    }

    // Nobody is named when the quotation fills the sentence, or what follows it is a bare verb ("afirmó") or a pronoun
    // ("he said"); in languages that drop the subject, a verb of two words ("ha aggiunto") names no one either.
    private static bool UnnamedSpeaker(string text, FrozenSet<string> pronouns, bool proDrop)
    {
        var close = ClosingQuote(text);
        if (close < 0)
        {
            return true;
        }

        var attribution = FirstWords(text[(close + 1)..], 3);
        return attribution.Count <= 1 || attribution.Take(2).Any(pronouns.Contains)
            || (proDrop && attribution.Count == 2 && attribution.All(w => char.IsLower(w[0])));
    }

    private static int ClosingQuote(string text)
    {
        var closers = text[0] switch
        {
            '\u201C' => "\u201D",
            '\u2018' or '\'' => "\u2019'",
            '\u00AB' => "\u00BB",
            '\u201E' => "\u201C\u201D",
            _ => "\"",
        };
        for (var i = 1; i < text.Length; i++)
        {
            // An apostrophe inside a word ("don't") does not close a single-quoted quotation.
            if (closers.Contains(text[i], StringComparison.Ordinal) && (i + 1 == text.Length || !char.IsLetter(text[i + 1])))
            {
                return i;
            }
        }

        return -1;
    }

    private static OpeningKind DefiniteDescription(List<string> words, out string? head)
    {
        head = null;
        if (!words[0].Equals("The", StringComparison.Ordinal))
        {
            return OpeningKind.SelfContained;
        }

        // "The Sweden striker", "The 33-year-old", "The former Manchester United star": at most three modifiers.
        for (var i = 1; i < Math.Min(words.Count, 5); i++)
        {
            var word = words[i];
            if (Roles.Contains(word) || word.EndsWith("-year-old", StringComparison.OrdinalIgnoreCase))
            {
                // "The Chelsea Football Club player" is fine as a head only when nothing capitalised follows it as its name.
                var named = i + 1 < words.Count && char.IsUpper(words[i + 1][0]);
                head = word;
                return named ? OpeningKind.SelfContained : OpeningKind.DefiniteDescription;
            }
        }

        return OpeningKind.SelfContained;
    }

    private static FrozenSet<string> Set(string words) => words.Split(' ').ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static List<string> FirstWords(string text, int count)
    {
        var words = new List<string>(count);
        var start = -1;
        for (var i = 0; i <= text.Length && words.Count < count; i++)
        {
            var part = i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '-' or '\'' or '\u2019');
            if (part && start < 0)
            {
                start = i;
            }
            else if (!part && start >= 0)
            {
                words.Add(text[start..i]);
                start = -1;
            }
        }

        return words;
    }

    // "She added:", "He told the BBC:", "They said in a statement:" — a pronoun and a speech verb, then a colon.
    [GeneratedRegex(@"^(?:He|She|They|It|We|Er|Sie|Il|Elle|Él|Ella|Lui|Lei|Ele|Ela|Hij|Zij)\s+(?:\w+\s+){0,2}(?:said|says|added|adds|told|tells|explained|continued|insisted|wrote|writes|warned|declared|stated|replied|sagte|fügte|erklärte|a\s+(?:dit|ajouté)|dijo|añadió|ha\s+detto|disse|zei)\b[^.:!?""“]{0,60}:")]
    private static partial Regex SpeakerTag();
}
