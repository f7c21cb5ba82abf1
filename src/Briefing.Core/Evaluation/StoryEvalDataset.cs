using System.Globalization;
using System.Text.Json;
using Briefing.Stories;

namespace Briefing.Evaluation;

/// <summary>Reads a grouping evaluation set: JSON Lines of <c>{"cluster", "id", "title", "text", "published", "source"}</c>; blank lines are skipped.</summary>
internal sealed class StoryEvalDataset
{
    public async Task<IReadOnlyList<StoryEvalCase>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new EvalDatasetException($"Evaluation set '{path}' does not exist.");
        }

        var cases = new List<StoryEvalCase>();
        var number = 0;
        foreach (var line in await File.ReadAllLinesAsync(path, cancellationToken))
        {
            number++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                cases.Add(Parse(path, number, line));
            }
        }

        return cases.Count > 0 ? cases : throw new EvalDatasetException($"Evaluation set '{path}' has no articles.");
    }

    private static StoryEvalCase Parse(string path, int number, string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new EvalDatasetException($"{path} line {number}: expected a JSON object with cluster, id and text.");
            }

            var published = Optional(root, "published") is { } date
                && DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : (DateTimeOffset?)null;
            var article = new StoryCandidate(Optional(root, "title"), Required(root, "text", path, number), published);
            return new StoryEvalCase(Required(root, "id", path, number), Required(root, "cluster", path, number), Optional(root, "source"), article);
        }
        catch (JsonException e)
        {
            throw new EvalDatasetException($"{path} line {number}: not valid JSON ({e.Message}).", e);
        }
    }

    private static string? Optional(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString()) ? value.GetString() : null;

    private static string Required(JsonElement root, string name, string path, int number) =>
        Optional(root, name) ?? throw new EvalDatasetException($"{path} line {number}: \"{name}\" is missing or not a non-empty string.");
}
