namespace Briefing.Text;

/// <summary>Whether a span of text opens quotations it does not close, or closes ones it did not open.</summary>
/// <param name="Unclosed">Quotations opened and still open at the end: the text carries on into the next sentence.</param>
/// <param name="Unopened">Closing marks with no opening mark before them: the text starts inside a quotation.</param>
public sealed record QuotationBalance(int Unclosed, int Unopened)
{
    public bool IsBalanced => Unclosed == 0 && Unopened == 0;

    /// <summary>Counts straight and curly double quotes, „German“ and «guillemet» pairs, and single quotes told apart from apostrophes.</summary>
    /// <remarks>
    /// A single quote is an apostrophe inside a word ("Radio 4's"), before a number ("the '90s") and in Dutch "'s"
    /// and "'t"; it closes a quotation only when one is open or when it follows terminal punctuation ("weapon.'"),
    /// so a plural possessive ("the players' union") never counts as a stray close.
    /// </remarks>
    public static QuotationBalance Of(string text)
    {
        int straight = 0, curly = 0, low = 0, guillemet = 0, single = 0, unopened = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var before = i > 0 ? text[i - 1] : ' ';
            var after = i + 1 < text.Length ? text[i + 1] : ' ';
            switch (c)
            {
                case '"': straight ^= 1; break;
                case '\u201E': low++; break;
                case '\u201C' when low > 0: low--; break;
                case '\u201C': curly++; break;
                case '\u201D' when curly > 0: curly--; break;
                case '\u201D': unopened++; break;
                case '\u00AB': guillemet++; break;
                case '\u00BB' when guillemet > 0: guillemet--; break;
                case '\u00BB': unopened++; break;
                case '\u2018' when !char.IsLetter(before): single++; break;
                case '\'' when OpensSingle(text, i, before, after): single++; break;
                case '\'' or '\u2019' when single > 0 && !char.IsLetter(after) && !char.IsWhiteSpace(before): single--; break;
                case '\'' or '\u2019' when before is '.' or ',' or '!' or '?' && !char.IsLetter(after): unopened++; break;
            }
        }

        return new QuotationBalance(straight + curly + low + guillemet + single, unopened);
    }

    private static bool OpensSingle(string text, int i, char before, char after)
    {
        if (char.IsLetterOrDigit(before) || !(char.IsLetter(after) || after is '.' or '\u2026'))
        {
            return false;
        }

        // "'s ochtends", "'t" (Dutch) and "'em" are words, not quotations.
        var next = i + 2 < text.Length ? text[i + 2] : ' ';
        return !(after is 's' or 't' && !char.IsLetter(next)) && !(after == 'e' && next == 'm' && (i + 3 >= text.Length || !char.IsLetter(text[i + 3])));
    }
}
