namespace Briefing.Architecture;

/// <summary>
/// Finds the groups of folders that use each other in a loop (strongly connected components, Tarjan's algorithm),
/// and words each as the folders and the edges that close it.
/// </summary>
internal static class FolderLoops
{
    public static IReadOnlyList<string> Find(FolderGraph graph)
    {
        var state = new TarjanState();
        foreach (var folder in graph.Folders)
        {
            if (!state.Index.ContainsKey(folder))
            {
                Visit(graph, folder, state);
            }
        }

        return state.Loops.Select(loop => Describe(graph, loop)).ToList();
    }

    private static void Visit(FolderGraph graph, string folder, TarjanState state)
    {
        state.Index[folder] = state.Next;
        state.Low[folder] = state.Next;
        state.Next++;
        state.Stack.Push(folder);
        state.OnStack.Add(folder);

        foreach (var used in graph.UsedBy(folder))
        {
            if (!state.Index.TryGetValue(used, out var usedIndex))
            {
                Visit(graph, used, state);
                state.Low[folder] = Math.Min(state.Low[folder], state.Low[used]);
            }
            else if (state.OnStack.Contains(used))
            {
                state.Low[folder] = Math.Min(state.Low[folder], usedIndex);
            }
        }

        if (state.Low[folder] != state.Index[folder])
        {
            return;
        }

        var component = new List<string>();
        string member;
        do
        {
            member = state.Stack.Pop();
            state.OnStack.Remove(member);
            component.Add(member);
        }
        while (member != folder);

        if (component.Count > 1)
        {
            component.Sort(StringComparer.Ordinal);
            state.Loops.Add(component);
        }
    }

    private static string Describe(FolderGraph graph, List<string> loop)
    {
        var edges = loop
            .SelectMany(from => graph.UsedBy(from).Where(loop.Contains).Select(to => $"  {from} -> {to} ({graph.Example(from, to)})"));
        return $"Folders {string.Join(", ", loop)} use each other:{Environment.NewLine}{string.Join(Environment.NewLine, edges)}";
    }

    private sealed class TarjanState
    {
        public Dictionary<string, int> Index { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, int> Low { get; } = new(StringComparer.Ordinal);

        public Stack<string> Stack { get; } = new();

        public HashSet<string> OnStack { get; } = new(StringComparer.Ordinal);

        public List<List<string>> Loops { get; } = [];

        public int Next { get; set; }
    }
}
