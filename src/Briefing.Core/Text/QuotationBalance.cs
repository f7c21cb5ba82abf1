namespace Briefing.Text;

/// <summary>Whether a span of text opens quotations it does not close, or closes ones it did not open.</summary>
/// <param name="Unclosed">Quotations opened and still open at the end: the text carries on into the next sentence.</param>
/// <param name="Unopened">Closing marks with no opening mark before them: the text starts inside a quotation.</param>
internal sealed record QuotationBalance(int Unclosed, int Unopened)
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

    /// <summary>The text with its open quotations closed after an ellipsis and its stray closing marks opened before one, so a cut quotation reads as cut.</summary>
    /// <remarks>Only for text that must be quoted although it starts or ends inside a quotation: an article with nothing else to quote.</remarks>
    public static string Complete(string text)
    {
        if (Of(text).IsBalanced)
        {
            return text;
        }

        var open = new Stack<char>();
        var prefix = new System.Text.StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var before = i > 0 ? text[i - 1] : ' ';
            var after = i + 1 < text.Length ? text[i + 1] : ' ';
            char? closer = c switch
            {
                '"' when open.Count > 0 && open.Peek() == '"' => null,
                '"' => '"',
                '\u201E' => '\u201C',
                '\u201C' when open.Count > 0 && open.Peek() == '\u201C' => null,
                '\u201C' => '\u201D',
                '\u00AB' => '\u00BB',
                '\u2018' when !char.IsLetter(before) => '\u2019',
                '\'' when OpensSingle(text, i, before, after) => '\'',
                _ => (char?)null,
            };
            if (closer is { } expected)
            {
                open.Push(expected);
            }
            else if (open.Count > 0 && (c == open.Peek() || (c == '\u2019' && open.Peek() == '\'')) && (c is not ('\'' or '\u2019') || !char.IsLetter(after)))
            {
                open.Pop();
            }
            else if (open.Count == 0 && Opener(c) is { } opener && (c is not ('\'' or '\u2019') || before is '.' or ',' or '!' or '?'))
            {
                prefix.Insert(0, opener);
            }
        }

        var start = prefix.Length > 0 ? prefix + "\u2026" : string.Empty;
        var end = open.Count > 0 ? "\u2026" + string.Concat(open) : string.Empty;
        return start + text + end;
    }

    private static char? Opener(char closing) => closing switch
    {
        '"' => '"',
        '\u201D' => '\u201C',
        '\u00BB' => '\u00AB',
        '\u2019' => '\u2018',
        '\'' => '\'',
        _ => null,
    };
}
