namespace Briefing.Evaluation;

/// <summary>ROUGE as Google's rouge-score package computes it, so figures compare with published results.</summary>
/// <remarks>
/// ROUGE-L treats newlines as spaces; ROUGE-Lsum splits both texts on newlines and takes, for each reference
/// sentence, the union of its LCS with every predicted sentence, counting each token only while both sides still
/// have it. With several references the one with the best F wins, per ROUGE type.
/// </remarks>
internal sealed class RougeScorer(RougeTokenizer tokenizer)
{
    public RougeScores Score(string reference, string prediction)
    {
        var target = tokenizer.Tokenize(reference);
        var predicted = tokenizer.Tokenize(prediction);
        return new RougeScores(
            NGrams(target, predicted, 1),
            NGrams(target, predicted, 2),
            Lcs(target, predicted),
            SummaryLevelLcs(Sentences(reference), Sentences(prediction)));
    }

    /// <summary>Scores against each reference and keeps, per ROUGE type, the first reference with the highest F.</summary>
    public RougeScores ScoreMulti(IReadOnlyList<string> references, string prediction)
    {
        var all = references.Select(r => Score(r, prediction)).ToList();
        if (all.Count == 0)
        {
            throw new ArgumentException("At least one reference is needed.", nameof(references));
        }

        return new RougeScores(
            Best(all, s => s.Rouge1), Best(all, s => s.Rouge2), Best(all, s => s.RougeL), Best(all, s => s.RougeLsum));
    }

    private static RougeScore Best(List<RougeScores> all, Func<RougeScores, RougeScore> pick)
    {
        var best = pick(all[0]);
        foreach (var score in all.Skip(1).Select(pick))
        {
            if (score.F > best.F)
            {
                best = score;
            }
        }

        return best;
    }

    private List<IReadOnlyList<string>> Sentences(string text) =>
        text.Split('\n').Where(s => s.Length > 0).Select(tokenizer.Tokenize).ToList();

    private static RougeScore NGrams(IReadOnlyList<string> target, IReadOnlyList<string> prediction, int n)
    {
        var targetCounts = CountNGrams(target, n);
        var predictionCounts = CountNGrams(prediction, n);
        var overlap = targetCounts.Sum(p => Math.Min(p.Value, predictionCounts.GetValueOrDefault(p.Key)));
        var targetTotal = Math.Max(target.Count - n + 1, 0);
        var predictionTotal = Math.Max(prediction.Count - n + 1, 0);
        return RougeScore.From(overlap / (double)Math.Max(predictionTotal, 1), overlap / (double)Math.Max(targetTotal, 1));
    }

    private static Dictionary<string, int> CountNGrams(IReadOnlyList<string> tokens, int n)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + n <= tokens.Count; i++)
        {
            // Tokens are [a-z0-9]+, so a space cannot make two different n-grams collide.
            var key = n == 1 ? tokens[i] : string.Join(' ', tokens.Skip(i).Take(n));
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return counts;
    }

    private static RougeScore Lcs(IReadOnlyList<string> target, IReadOnlyList<string> prediction)
    {
        if (target.Count == 0 || prediction.Count == 0)
        {
            return RougeScore.Zero;
        }

        var length = LcsTable(target, prediction)[target.Count, prediction.Count];
        return RougeScore.From(length / (double)prediction.Count, length / (double)target.Count);
    }

    private static RougeScore SummaryLevelLcs(List<IReadOnlyList<string>> references, List<IReadOnlyList<string>> candidates)
    {
        var m = references.Sum(r => r.Count);
        var n = candidates.Sum(c => c.Count);
        if (references.Count == 0 || candidates.Count == 0 || m == 0 || n == 0)
        {
            return RougeScore.Zero;
        }

        var referenceBudget = TokenCounts(references);
        var candidateBudget = TokenCounts(candidates);
        var hits = 0;
        foreach (var reference in references)
        {
            foreach (var token in UnionLcs(reference, candidates))
            {
                if (candidateBudget.GetValueOrDefault(token) > 0 && referenceBudget.GetValueOrDefault(token) > 0)
                {
                    hits++;
                    candidateBudget[token]--;
                    referenceBudget[token]--;
                }
            }
        }

        return RougeScore.From(hits / (double)n, hits / (double)m);
    }

    private static Dictionary<string, int> TokenCounts(List<IReadOnlyList<string>> sentences)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in sentences.SelectMany(s => s))
        {
            counts[token] = counts.GetValueOrDefault(token) + 1;
        }

        return counts;
    }

    /// <summary>The reference tokens covered by the LCS with any candidate sentence, in reference order.</summary>
    internal static IEnumerable<string> UnionLcs(IReadOnlyList<string> reference, IEnumerable<IReadOnlyList<string>> candidates)
    {
        var union = new SortedSet<int>();
        foreach (var candidate in candidates)
        {
            union.UnionWith(LcsIndices(reference, candidate));
        }

        return union.Select(i => reference[i]);
    }

    /// <summary>Indices into <paramref name="reference"/> of one LCS, chosen by rouge-score's backtracking rule.</summary>
    internal static List<int> LcsIndices(IReadOnlyList<string> reference, IReadOnlyList<string> candidate)
    {
        var table = LcsTable(reference, candidate);
        var indices = new List<int>();
        var i = reference.Count;
        var j = candidate.Count;
        while (i > 0 && j > 0)
        {
            if (reference[i - 1] == candidate[j - 1])
            {
                indices.Add(i - 1);
                i--;
                j--;
            }
            else if (table[i, j - 1] > table[i - 1, j])
            {
                j--;
            }
            else
            {
                i--;
            }
        }

        indices.Reverse();
        return indices;
    }

    private static int[,] LcsTable(IReadOnlyList<string> reference, IReadOnlyList<string> candidate)
    {
        var table = new int[reference.Count + 1, candidate.Count + 1];
        for (var i = 1; i <= reference.Count; i++)
        {
            for (var j = 1; j <= candidate.Count; j++)
            {
                table[i, j] = reference[i - 1] == candidate[j - 1]
                    ? table[i - 1, j - 1] + 1
                    : Math.Max(table[i - 1, j], table[i, j - 1]);
            }
        }

        return table;
    }
}
