using Briefing.Briefings;

namespace Briefing.Architecture;

public sealed class ArchitectureTests
{
    /// <summary>
    /// Edges of the loop among the worker's folders that are still to be broken; the test fails on any loop beyond them,
    /// and on any of them that no longer exists, so the list only shrinks.
    /// </summary>
    private static readonly (string From, string To)[] KnownLoopEdges =
    [
        ("Delivery", "Worker"),
        ("Sources", "Delivery"),
        ("Sources", "Worker"),
        ("State", "Worker"),
    ];

    private static readonly string[] ProviderMustNotUse =
        ["Worker", "Pipeline", "Engines", "Grounding", "ModelCalls", "Caching", "Sources", "State", "Delivery", "Stories", FolderGraphReader.CompositionRoot];

    private static readonly string[] ModelCallsMustNotUse =
        ["Worker", "Pipeline", "Engines", "Grounding", "Caching", "Sources", "State", "Delivery", "Stories", FolderGraphReader.CompositionRoot];

    private static FolderGraph CoreGraph() => FolderGraphReader.Read(typeof(BriefingResult).Assembly.Location);

    [Fact]
    public void CoreFolders_WithoutTheKnownEdges_NoTwoUseEachOther()
    {
        var graph = CoreGraph();
        var pruned = new FolderGraph();
        foreach (var from in graph.Folders)
        {
            foreach (var to in graph.UsedBy(from).Where(to => !KnownLoopEdges.Contains((from, to))))
            {
                pruned.Add(from, to, graph.Example(from, to));
            }
        }

        var loops = FolderLoops.Find(pruned);

        Assert.True(loops.Count == 0, string.Join(Environment.NewLine, loops));
    }

    [Fact]
    public void KnownLoopEdges_EachStillExists()
    {
        var graph = CoreGraph();

        var gone = KnownLoopEdges.Where(edge => !graph.UsedBy(edge.From).Contains(edge.To)).ToList();

        Assert.True(gone.Count == 0, $"No longer used, remove from {nameof(KnownLoopEdges)}: {string.Join(", ", gone)}");
    }

    [Fact]
    public void Briefings_UsesOnlyArticles()
    {
        var graph = CoreGraph();

        Assert.Equal(["Articles"], graph.UsedBy("Briefings"));
    }

    [Theory]
    [InlineData("Providers")]
    [InlineData("ModelCalls")]
    public void LowerFolder_DoesNotKnowTheFoldersAboveIt(string folder)
    {
        var graph = CoreGraph();
        var forbidden = folder == "Providers" ? ProviderMustNotUse : ModelCallsMustNotUse;

        var used = graph.UsedBy(folder).Where(forbidden.Contains).Select(to => $"{to} ({graph.Example(folder, to)})").ToList();

        Assert.True(used.Count == 0, $"{folder} must not use: {string.Join(", ", used)}");
    }

    [Fact]
    public void CompositionRoot_UsedByNoFolder()
    {
        var graph = CoreGraph();

        var users = graph.Folders.Where(f => graph.UsedBy(f).Contains(FolderGraphReader.CompositionRoot)).ToList();

        Assert.Empty(users);
    }
}
