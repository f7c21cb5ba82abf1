using Briefing.Briefings;
using Briefing.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Extractive;

public sealed class ExtractiveBriefingEngineTests
{
    [Fact]
    public async Task GenerateAsync_LanguageRequested_SaysTheQuotedSentencesStayInTheArticlesLanguage()
    {
        using var services = TestPipeline.Create();
        var article = await TestPipeline.IngestSampleAsync(services);
        var engine = services.GetRequiredService<ExtractiveBriefingEngine>();

        var plain = await engine.GenerateAsync(article, new BriefingSettings(), CancellationToken.None);
        var german = await engine.GenerateAsync(article, new BriefingSettings(Language: "German"), CancellationToken.None);

        Assert.Equal("No model configured: sentences selected from the article by the built-in extractive engine.", plain.Engine.Note);
        Assert.EndsWith("It quotes the article in its own language, so the requested language (German) needs a model.", german.Engine.Note, StringComparison.Ordinal);
        Assert.Equal(plain.Content.Briefing, german.Content.Briefing);
        Assert.Equal(plain.Content.KeyPoints, german.Content.KeyPoints);
    }
}
