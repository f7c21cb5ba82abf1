using System.Text.Json;

namespace Briefing.Evaluation;

/// <summary>Reads an evaluation set: JSON Lines of <c>{"id", "article", "reference"}</c>; blank lines are skipped.</summary>
internal sealed class EvalDataset
{
    public async Task<IReadOnlyList<EvalCase>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new EvalDatasetException($"Evaluation set '{path}' does not exist.");
        }

        var cases = new List<EvalCase>();
        var number = 0;
        foreach (var line in await File.ReadAllLinesAsync(path, cancellationToken))
        {
            number++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                cases.Add(Parse(path, number, line));
            }
        }

        return cases.Count > 0 ? cases : throw new EvalDatasetException($"Evaluation set '{path}' has no cases.");
    }

    private static EvalCase Parse(string path, int number, string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new EvalDatasetException($"{path} line {number}: expected a JSON object with id, article and reference.");
            }

            return new EvalCase(Field(root, "id", path, number), Field(root, "article", path, number), Field(root, "reference", path, number));
        }
        catch (JsonException e)
        {
            // The parser's own message ("'x' is an invalid start of a value. LineNumber: 0 ...") is for programmers.
            throw new EvalDatasetException($"{path} line {number}: not valid JSON (the problem is at character {(e.BytePositionInLine ?? 0) + 1}); each line must be one JSON object.", e);
        }
    }

    private static string Field(JsonElement root, string name, string path, int number) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { } text && !string.IsNullOrWhiteSpace(text)
            ? text
            : throw new EvalDatasetException($"{path} line {number}: \"{name}\" is missing or not a non-empty string.");
}
