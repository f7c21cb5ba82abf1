using BenchmarkDotNet.Attributes;
using Briefing.Articles;
using Briefing.Briefings;
using Briefing.Engines.Extractive;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Benchmarks;

/// <summary>The built-in extractive engine on 1,000, 10,000 and 50,000 words, to show how it scales.</summary>
[MemoryDiagnoser]
public class ExtractiveEngineBenchmarks
{
    private ServiceProvider _services = null!;
    private ExtractiveBriefingEngine _engine = null!;
    private Article _article = null!;

    [Params(1_000, 10_000, 50_000)]
    public int Words { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _services = BenchmarkServices.Create(chat: null);
        _engine = _services.GetRequiredService<ExtractiveBriefingEngine>();
        _article = _services.GetRequiredService<ArticleIngestor>().Parse(new RawArticle("bench.txt", SyntheticArticles.Utf8(Words), null, ".txt"));
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark]
    public Task Extract() => _engine.GenerateAsync(_article, new BriefingSettings(), CancellationToken.None);
}
