namespace Briefing.Architecture;

/// <summary>Which top-level folders of Core use which, each edge with one example so a failure says where to look.</summary>
internal sealed class FolderGraph
{
    private readonly SortedDictionary<string, SortedDictionary<string, string>> _edges = new(StringComparer.Ordinal);

    public IEnumerable<string> Folders => _edges.Keys;

    public void Add(string from, string to, string example)
    {
        if (from == to)
        {
            return;
        }

        Targets(from).TryAdd(to, example);
        Targets(to);
    }

    public IReadOnlyCollection<string> UsedBy(string from) =>
        _edges.TryGetValue(from, out var targets) ? targets.Keys : [];

    public string Example(string from, string to) => _edges[from][to];

    private SortedDictionary<string, string> Targets(string folder)
    {
        if (!_edges.TryGetValue(folder, out var targets))
        {
            targets = new SortedDictionary<string, string>(StringComparer.Ordinal);
            _edges[folder] = targets;
        }

        return targets;
    }
}
