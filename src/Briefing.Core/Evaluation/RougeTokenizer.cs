using Briefing.Text;

namespace Briefing.Evaluation;

/// <summary>Tokenizes text exactly as rouge-score does: lower-case, non-[a-z0-9] runs as separators, Porter stems for tokens longer than 3 characters.</summary>
internal sealed class RougeTokenizer(PorterStemmer stemmer, bool useStemmer = true)
{
    public IReadOnlyList<string> Tokenize(string text)
    {
        var lower = text.ToLowerInvariant();
        var tokens = new List<string>();
        var i = 0;
        while (i < lower.Length)
        {
            while (i < lower.Length && !IsTokenChar(lower[i]))
            {
                i++;
            }

            var start = i;
            while (i < lower.Length && IsTokenChar(lower[i]))
            {
                i++;
            }

            if (i > start)
            {
                var token = lower[start..i];
                tokens.Add(useStemmer && token.Length > 3 ? stemmer.Stem(token) : token);
            }
        }

        return tokens;
    }

    private static bool IsTokenChar(char c) => c is >= 'a' and <= 'z' or >= '0' and <= '9';
}
