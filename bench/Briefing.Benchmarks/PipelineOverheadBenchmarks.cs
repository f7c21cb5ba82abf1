using BenchmarkDotNet.Attributes;
using Briefing.Articles;
using Briefing.Briefings;
using Briefing.Pipeline;
using Briefing.Rendering;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Benchmarks;

/// <summary>Everything around the model for one 1,000-word article: ingest, prompt render, zero-latency model, parse, render.</summary>
[MemoryDiagnoser]
public class PipelineOverheadBenchmarks
{
    private ServiceProvider _services = null!;
    private ArticleIngestor _ingestor = null!;
    private BriefingPipeline _pipeline = null!;
    private IBriefingRenderer _markdown = null!;
    private byte[] _article = [];

    /// <summary>True: the provider reports token usage (OpenAI, Azure). False: the product counts tokens itself (many local servers).</summary>
    [Params(true, false)]
    public bool ProviderReportsUsage { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _services = BenchmarkServices.Create(new ScriptedChatCompletionService(TimeSpan.Zero, ProviderReportsUsage));
        _ingestor = _services.GetRequiredService<ArticleIngestor>();
        _pipeline = _services.GetRequiredService<BriefingPipeline>();
        _markdown = _services.GetRequiredService<BriefingRenderers>().For(OutputFormat.Markdown);
        _article = SyntheticArticles.Utf8(1_000);
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark(Description = "ingest → prompt → model(0 ms) → parse and check → grounding → render, 1,000 words")]
    public async Task<string> WholeArticle()
    {
        var article = _ingestor.Parse(new RawArticle("bench.txt", _article, null, ".txt"));
        var result = await _pipeline.BriefAsync(article, new BriefingSettings(), CancellationToken.None);
        return _markdown.Render(result);
    }
}
