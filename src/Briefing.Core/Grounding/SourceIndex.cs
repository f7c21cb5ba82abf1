using System.Text.RegularExpressions;
using Briefing.Articles;
using Briefing.Text;

namespace Briefing.Grounding;

/// <summary>What an article contains, in the forms the grounding check compares: words, stems, quantities and normalized text.</summary>
internal sealed partial class SourceIndex
{
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);
    private readonly HashSet<(decimal Value, string? Unit)> _quantities = [];
    private readonly HashSet<decimal> _values = [];
    private readonly HashSet<(string Pair, string? Unit)> _pairs = [];

    public SourceIndex(Article article, WordTokenizer tokenizer, PorterStemmer stemmer)
    {
        var text = string.Join("\n", new[] { article.Title ?? string.Empty, article.Byline ?? string.Empty }.Concat(article.Paragraphs).Concat(article.Captions));
        Normalized = QuoteFinder.Normalize(text);
        foreach (Match word in Word().Matches(text))
        {
            var lower = word.Value.ToLowerInvariant();
            _words.Add(lower);
            foreach (var part in lower.Split('-', StringSplitOptions.RemoveEmptyEntries))
            {
                _words.Add(part);
            }
        }

        foreach (var number in NumberFinder.Find(text, strict: false))
        {
            if (number.Pair is { } pair)
            {
                // "10-15 years" in the article supports "10-15 years" and a bare "10-15", as with single numbers.
                _pairs.Add((pair, number.Unit));
                _pairs.Add((pair, null));
                _values.UnionWith(number.Parts);
                continue;
            }

            _quantities.Add((number.Value, number.Unit));
            _values.Add(number.Value);

            // "2.5 million" also supports a bare "2.5" ("2.5m", "$2.5bn") in the briefing.
            _values.Add(number.Written);
        }

        Stems = tokenizer.ContentWords(text).Select(stemmer.Stem).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The article as <see cref="QuoteFinder.Normalize"/> renders it.</summary>
    public string Normalized { get; }

    /// <summary>Stems of the article's content words.</summary>
    public IReadOnlySet<string> Stems { get; }

    public bool Contains(NumberMention number) =>
        number.Pair is { } pair ? _pairs.Contains((pair, number.Unit))
        : number.Unit is null ? _values.Contains(number.Value) : _quantities.Contains((number.Value, number.Unit));

    /// <summary>Whether every word of a name occurs in the article, allowing derived forms that share a long prefix (Ukraine, Ukrainian).</summary>
    public bool ContainsName(string name) =>
        Word().Matches(name).Select(m => m.Value.ToLowerInvariant()).All(w => w.Length < 2 || _words.Contains(w) || _words.Any(a => Related(a, w)));

    private static bool Related(string a, string b)
    {
        var common = 0;
        while (common < a.Length && common < b.Length && a[common] == b[common])
        {
            common++;
        }

        return common >= 4 && common >= Math.Min(a.Length, b.Length) - 1 && Math.Abs(a.Length - b.Length) <= 4;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*")]
    private static partial Regex Word();
}
