using Briefing.Briefings;
using Briefing.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Rendering;

public sealed class BriefingRenderingTests
{
    [Theory]
    [InlineData(OutputFormat.Markdown)]
    [InlineData(OutputFormat.Json)]
    [InlineData(OutputFormat.Text)]
    public async Task Render_SampleWithFakeModel_MatchesSnapshot(OutputFormat format)
    {
        using var services = TestPipeline.Create(TestPipeline.FakeModel(FakeReplies.Sample));
        var article = await TestPipeline.IngestSampleAsync(services);
        var result = await TestPipeline.Pipeline(services).BriefAsync(article, new BriefingSettings(), CancellationToken.None);

        var rendered = services.GetRequiredService<BriefingRenderers>().For(format).Render(result);

        Snapshot.Match(rendered, SnapshotNameExtension.Create(format));
    }

    [Theory]
    [InlineData(OutputFormat.Markdown)]
    [InlineData(OutputFormat.Json)]
    [InlineData(OutputFormat.Text)]
    public async Task Render_SampleWithExtractiveEngine_MatchesSnapshot(OutputFormat format)
    {
        using var services = TestPipeline.Create();
        var article = await TestPipeline.IngestSampleAsync(services);
        var result = await TestPipeline.Pipeline(services).BriefAsync(article, new BriefingSettings(), CancellationToken.None);

        var rendered = services.GetRequiredService<BriefingRenderers>().For(format).Render(result);

        Snapshot.Match(rendered, SnapshotNameExtension.Create(format));
    }

    [Fact]
    public void Markdown_ArticleTextWithMarkup_IsEscaped()
    {
        var result = new BriefingResult
        {
            Source = "x.txt",
            Title = "# Not a heading [link](http://evil)",
            Content = new BriefingContent("<script>alert(1)</script> *bold*", ["[click](http://evil)"]),
            Engine = new EngineInfo(EngineKinds.Model, "m", "summarize@abc"),
            GeneratedAt = TestPipeline.Now,
        };

        var markdown = new MarkdownBriefingRenderer().Render(result);

        Assert.Contains(@"\<script\>alert(1)\</script\> \*bold\*", markdown, StringComparison.Ordinal);
        Assert.Contains(@"- \[click\](http://evil)", markdown, StringComparison.Ordinal);
        Assert.StartsWith(@"# \# Not a heading", markdown, StringComparison.Ordinal);
    }
}
