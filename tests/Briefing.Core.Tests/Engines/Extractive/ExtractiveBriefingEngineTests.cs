using Briefing.Articles;
using Briefing.Briefings;
using Briefing.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Engines.Extractive;

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

    [Theory]
    [InlineData("Городской совет в понедельник утвердил бюджет. Мэр заявил, что это лучший план для города. Оппозиция выступила против.", "ru", "The engine knows no Russian abbreviations or pronouns, so sentences were split by punctuation alone.")]
    [InlineData("Zlatan Ibrahimovic, LA Galaxy, 2026. Portland, March 7.", null, "The article's language could not be recognised, so sentences were split by punctuation alone, without a language's abbreviations.")]
    public async Task GenerateAsync_LanguageWithoutRules_SaysItFellBackToPunctuation(string text, string? language, string note)
    {
        using var services = TestPipeline.Create();
        var article = new Article { Source = "a.txt", Paragraphs = [text] };

        var draft = await services.GetRequiredService<ExtractiveBriefingEngine>().GenerateAsync(article, new BriefingSettings(), CancellationToken.None);

        Assert.EndsWith(note, draft.Engine.Note, StringComparison.Ordinal);
        Assert.Equal(language, draft.Content.Language);
    }

    [Theory]
    [InlineData("Der Stadtrat hat am 3. Oktober eine neue Förderung für Radwege beschlossen. Die Opposition kritisierte den Beschluss.", "de")]
    [InlineData("La SNCF a annoncé dimanche que le trafic resterait perturbé jusqu'à mardi. Les syndicats réclament une hausse des salaires.", "fr")]
    public async Task GenerateAsync_KnownLanguage_ReportsItWithoutAFallbackNote(string text, string language)
    {
        using var services = TestPipeline.Create();
        var article = new Article { Source = "a.txt", Paragraphs = [text] };

        var draft = await services.GetRequiredService<ExtractiveBriefingEngine>().GenerateAsync(article, new BriefingSettings(), CancellationToken.None);

        Assert.Equal(language, draft.Content.Language);
        Assert.Equal("No model configured: sentences selected from the article by the built-in extractive engine.", draft.Engine.Note);
    }
}
