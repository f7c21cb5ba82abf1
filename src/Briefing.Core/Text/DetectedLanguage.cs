namespace Briefing.Text;

/// <summary>An article's language as <see cref="LanguageDetector"/> found it: an ISO 639-1 code, or null when the text gave too few cues.</summary>
/// <param name="Code">"en", "de", "zh" ...; null when unknown.</param>
/// <param name="Confident">False when a second language scored almost as well, e.g. Spanish against Portuguese on a short text.</param>
internal sealed record DetectedLanguage(string? Code, bool Confident)
{
    public static readonly DetectedLanguage Unknown = new(null, Confident: false);

    /// <summary>The English name of the language, for notes a reader sees; the code itself when it has no name here.</summary>
    public string Name => Code switch
    {
        null => "unknown",
        "en" => "English",
        "de" => "German",
        "fr" => "French",
        "es" => "Spanish",
        "it" => "Italian",
        "pt" => "Portuguese",
        "nl" => "Dutch",
        "sv" => "Swedish",
        "pl" => "Polish",
        "tr" => "Turkish",
        "zh" => "Chinese",
        "ja" => "Japanese",
        "ko" => "Korean",
        "ru" => "Russian",
        "uk" => "Ukrainian",
        "ar" => "Arabic",
        "el" => "Greek",
        "he" => "Hebrew",
        "hi" => "Hindi",
        "th" => "Thai",
        _ => Code,
    };
}
