namespace Briefing.Engines.Extractive;

/// <summary>Cuts text that is longer than a reader will take at the last clause or word boundary before the limit, marked with an ellipsis.</summary>
/// <remarks>Text with no boundary at all (a run of characters without spaces) is cut between characters, never inside a surrogate pair.</remarks>
internal static class LengthBound
{
    public static string Cut(string text, int maxChars)
    {
        if (text.Length <= maxChars)
        {
            return text;
        }

        var limit = maxChars - 1;
        var clause = text.LastIndexOfAny([',', ';', ':', '\u3001', '\uFF0C'], limit - 1);
        var space = text.LastIndexOf(' ', limit - 1);
        var cut = clause >= limit / 2 ? clause : space >= limit / 2 ? space : limit;
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return text[..cut].TrimEnd() + "\u2026";
    }
}
