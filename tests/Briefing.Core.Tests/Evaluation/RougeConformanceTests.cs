using System.Text.Json;
using Briefing.Support;
using Briefing.Text;

namespace Briefing.Evaluation;

/// <summary>Every conformance vector of rouge-score (upstream tests, computed cases, stemmer and tokenizer cases) to 1e-4.</summary>
public sealed class RougeConformanceTests
{
    private const string Vectors = "eval/rouge_vectors.json";
    private const double Tolerance = 1e-4;

    private static JsonElement Load() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Shared, Vectors))).RootElement;

    private static RougeScorer Scorer(bool stem) => new(new RougeTokenizer(new PorterStemmer(), stem));

    [SharedDataFact(Vectors)]
    public void UpstreamVectors_AllMatch()
    {
        var failures = new List<string>();
        var count = 0;
        foreach (var vector in Load().GetProperty("upstream_vectors").EnumerateArray())
        {
            var places = vector.GetProperty("assert_places").GetInt32();
            var tolerance = Math.Max(Tolerance, Math.Pow(10, -places) / 2);
            var scores = Scorer(vector.GetProperty("use_stemmer").GetBoolean())
                .Score(vector.GetProperty("target").GetString()!, vector.GetProperty("prediction").GetString()!);
            count += Compare(vector.GetProperty("name").GetString()!, vector.GetProperty("expected"), scores, tolerance, failures);
        }

        Assert.True(count >= 24, $"only {count} upstream comparisons");
        Assert.Empty(failures);
    }

    [SharedDataFact(Vectors)]
    public void ComputedVectors_WithAndWithoutStemming_AllMatch()
    {
        var failures = new List<string>();
        var count = 0;
        foreach (var vector in Load().GetProperty("computed_vectors").EnumerateArray())
        {
            foreach (var (mode, stem) in new[] { ("nostem", false), ("stem", true) })
            {
                var scores = Scorer(stem).Score(vector.GetProperty("target").GetString()!, vector.GetProperty("prediction").GetString()!);
                var name = $"{vector.GetProperty("id").GetString()}/{mode}";
                count += Compare(name, vector.GetProperty("expected").GetProperty(mode), scores, Tolerance, failures);
            }
        }

        Assert.True(count >= 27 * 2 * 4, $"only {count} computed comparisons");
        Assert.Empty(failures);
    }

    [SharedDataFact("eval/rouge_testdata/target_multi.0.txt")]
    public void TestdataFiles_RougeLsumWithStemming_MatchesRouge155Figure()
    {
        var folder = Path.Combine(RepositoryPaths.Shared, "eval", "rouge_testdata");
        var expected = Load().GetProperty("upstream_vectors").EnumerateArray()
            .Single(v => v.GetProperty("name").GetString() == "testRougeLSumAgainstRouge155WithStemming")
            .GetProperty("expected").GetProperty("rougeLsum");

        var score = Scorer(true).Score(File.ReadAllText(Path.Combine(folder, "target_multi.0.txt")), File.ReadAllText(Path.Combine(folder, "prediction_multi.0.txt"))).RougeLsum;

        Assert.Equal(expected.GetProperty("fmeasure").GetDouble(), score.F, Tolerance);
        Assert.Equal(expected.GetProperty("precision").GetDouble(), score.Precision, Tolerance);
        Assert.Equal(expected.GetProperty("recall").GetDouble(), score.Recall, Tolerance);
    }

    [SharedDataFact(Vectors)]
    public void ScoreMulti_KeepsTheBestReferencePerType()
    {
        var vector = Load().GetProperty("score_multi_vector");
        var targets = vector.GetProperty("targets").EnumerateArray().Select(t => t.GetString()!).ToList();
        var scores = Scorer(false).ScoreMulti(targets, vector.GetProperty("prediction").GetString()!);

        var failures = new List<string>();
        Assert.Equal(2, Compare("score_multi", vector.GetProperty("expected"), scores, Tolerance, failures));
        Assert.Empty(failures);
    }

    [SharedDataFact(Vectors)]
    public void StemmerVectors_AllMatchNltk()
    {
        var stemmer = new PorterStemmer();
        var stems = Load().GetProperty("stemmer_vectors").GetProperty("stems").EnumerateObject().ToList();

        var wrong = stems.Where(p => stemmer.Stem(p.Name) != p.Value.GetString())
            .Select(p => $"{p.Name}: expected {p.Value.GetString()}, got {stemmer.Stem(p.Name)}").ToList();

        Assert.True(stems.Count > 100);
        Assert.Empty(wrong);
    }

    [SharedDataFact(Vectors)]
    public void TokenizerVectors_AllMatch()
    {
        var root = Load();
        var cases = root.GetProperty("tokenizer_vectors").EnumerateArray().ToList();
        foreach (var vector in cases)
        {
            var text = vector.GetProperty("text").GetString()!;
            Assert.Equal(Strings(vector.GetProperty("tokens_no_stem")), new RougeTokenizer(new PorterStemmer(), false).Tokenize(text));
            Assert.Equal(Strings(vector.GetProperty("tokens_stem")), new RougeTokenizer(new PorterStemmer(), true).Tokenize(text));
        }

        foreach (var vector in root.GetProperty("upstream_helper_vectors").GetProperty("tokenize").EnumerateArray())
        {
            Assert.Equal(Strings(vector.GetProperty("tokens")), new RougeTokenizer(new PorterStemmer(), false).Tokenize(vector.GetProperty("text").GetString()!));
        }

        Assert.Equal(8, cases.Count);
    }

    [SharedDataFact(Vectors)]
    public void HelperVectors_LcsAndUnionMatchUpstream()
    {
        var helpers = Load().GetProperty("upstream_helper_vectors");
        var table = helpers.GetProperty("lcs_table");
        Assert.Equal(Ints(table.GetProperty("backtrack_indices_into_ref")), RougeScorer.LcsIndices(Tokens(table.GetProperty("ref")), Tokens(table.GetProperty("can"))));
        var none = helpers.GetProperty("lcs_none");
        Assert.Empty(RougeScorer.LcsIndices(Tokens(none.GetProperty("ref")), Tokens(none.GetProperty("can"))));

        var union = helpers.GetProperty("union_lcs");
        var candidates = union.GetProperty("candidates").EnumerateArray().Select(Tokens).ToList();
        Assert.Equal(Tokens(union.GetProperty("union_lcs_tokens")), RougeScorer.UnionLcs(Tokens(union.GetProperty("ref")), candidates));

        var summary = helpers.GetProperty("summary_level_lcs");
        var reference = string.Join('\n', summary.GetProperty("refs").EnumerateArray().Select(s => string.Join(' ', Tokens(s).Select(t => "w" + t))));
        var prediction = string.Join('\n', summary.GetProperty("cans").EnumerateArray().Select(s => string.Join(' ', Tokens(s).Select(t => "w" + t))));
        var lsum = Scorer(false).Score(reference, prediction).RougeLsum;
        Assert.Equal(summary.GetProperty("recall").GetDouble(), lsum.Recall, Tolerance);
        Assert.Equal(summary.GetProperty("precision").GetDouble(), lsum.Precision, Tolerance);
        Assert.Equal(summary.GetProperty("fmeasure_approx").GetDouble(), lsum.F, 1e-3);
    }

    private static int Compare(string name, JsonElement expected, RougeScores actual, double tolerance, List<string> failures)
    {
        var count = 0;
        foreach (var type in expected.EnumerateObject())
        {
            var score = type.Name switch
            {
                "rouge1" => actual.Rouge1,
                "rouge2" => actual.Rouge2,
                "rougeL" => actual.RougeL,
                "rougeLsum" => actual.RougeLsum,
                _ => throw new InvalidDataException($"unknown ROUGE type {type.Name}"),
            };
            foreach (var (field, value) in new[] { ("precision", score.Precision), ("recall", score.Recall), ("fmeasure", score.F) })
            {
                var want = type.Value.GetProperty(field).GetDouble();
                if (Math.Abs(want - value) > tolerance)
                {
                    failures.Add($"{name} {type.Name}.{field}: expected {want}, got {value}");
                }
            }

            count++;
        }

        return count;
    }

    private static List<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToList();

    private static List<int> Ints(JsonElement array) => array.EnumerateArray().Select(e => e.GetInt32()).ToList();

    private static List<string> Tokens(JsonElement array) =>
        array.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.Number ? e.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture) : e.GetString()!).ToList();
}
