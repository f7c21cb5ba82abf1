namespace Briefing.Architecture;

public sealed class FolderLoopsTests
{
    [Fact]
    public void Find_DeliberateLoop_ReportsItsFoldersAndEdges()
    {
        var graph = new FolderGraph();
        graph.Add("Briefings", "Articles", "BriefingResult uses Article");
        graph.Add("Briefings", "Grounding", "BriefingPipeline uses GroundingStage");
        graph.Add("Grounding", "Engines", "GroundingStage uses ExtractiveBriefingEngine");
        graph.Add("Engines", "Briefings", "ExtractiveBriefingEngine uses BriefingDraft");

        var loop = Assert.Single(FolderLoops.Find(graph));

        Assert.StartsWith("Folders Briefings, Engines, Grounding use each other:", loop, StringComparison.Ordinal);
        Assert.Contains("Briefings -> Grounding (BriefingPipeline uses GroundingStage)", loop, StringComparison.Ordinal);
        Assert.Contains("Grounding -> Engines (GroundingStage uses ExtractiveBriefingEngine)", loop, StringComparison.Ordinal);
        Assert.Contains("Engines -> Briefings (ExtractiveBriefingEngine uses BriefingDraft)", loop, StringComparison.Ordinal);
        Assert.DoesNotContain("Articles", loop, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_TwoSeparateLoops_ReportsEach()
    {
        var graph = new FolderGraph();
        graph.Add("A", "B", "a uses b");
        graph.Add("B", "A", "b uses a");
        graph.Add("C", "D", "c uses d");
        graph.Add("D", "C", "d uses c");
        graph.Add("B", "C", "b uses c");

        var loops = FolderLoops.Find(graph);

        Assert.Equal(2, loops.Count);
        Assert.Contains(loops, l => l.StartsWith("Folders A, B use", StringComparison.Ordinal));
        Assert.Contains(loops, l => l.StartsWith("Folders C, D use", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_LayeredGraph_ReportsNothing()
    {
        var graph = new FolderGraph();
        graph.Add("Pipeline", "Grounding", "x");
        graph.Add("Pipeline", "Briefings", "x");
        graph.Add("Grounding", "Engines", "x");
        graph.Add("Grounding", "Briefings", "x");
        graph.Add("Engines", "Briefings", "x");
        graph.Add("Briefings", "Briefings", "a folder using itself is no loop");

        Assert.Empty(FolderLoops.Find(graph));
    }
}
