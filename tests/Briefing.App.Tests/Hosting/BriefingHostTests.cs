using Briefing.App.Hosting;
using Briefing.Articles;
using Briefing.Briefings;
using Briefing.Engines.Extractive;
using Briefing.Engines.Model;
using Briefing.Engines.Model.LongArticles;
using Briefing.Providers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Briefing.Hosting;

public sealed class BriefingHostTests
{
    [Fact]
    public void Build_Defaults_UseTheExtractiveEngineAndTwoMegabyteLimit()
    {
        using var host = BriefingHost.Build(new Dictionary<string, string?>(), verbose: false);

        Assert.IsType<ExtractiveBriefingEngine>(host.Services.GetRequiredService<IBriefingEngine>());
        Assert.Equal(2 * 1024 * 1024, host.Services.GetRequiredService<IOptions<IngestOptions>>().Value.MaxArticleBytes);
        Assert.Equal(TimeSpan.FromMinutes(2), host.Services.GetRequiredService<IOptions<ModelOptions>>().Value.RequestTimeout);
    }

    [Fact]
    public void Build_Overrides_BindModelOptions()
    {
        using var host = BriefingHost.Build(
            new Dictionary<string, string?>
            {
                ["Briefing:Model:Provider"] = "openai-compatible",
                ["Briefing:Model:ModelId"] = "llama3.2",
                ["Briefing:Model:Endpoint"] = "http://127.0.0.1:11434/v1",
                ["Briefing:Model:ResponseFormat"] = "JsonObject",
            },
            verbose: false);

        var options = host.Services.GetRequiredService<IOptions<ModelOptions>>().Value;
        Assert.Equal(ModelProvider.OpenAICompatible, options.Kind);
        Assert.Equal("llama3.2", options.ModelId);
        Assert.Equal(new Uri("http://127.0.0.1:11434/v1"), options.Endpoint);
        Assert.Equal(ResponseFormatMode.JsonObject, options.ResponseFormat);
        Assert.IsType<ModelBriefingEngine>(host.Services.GetRequiredService<IBriefingEngine>());
    }

    [Fact]
    public void Build_IngestLimitOutOfRange_FailsValidation()
    {
        using var host = BriefingHost.Build(new Dictionary<string, string?> { ["Briefing:Ingest:MaxArticleBytes"] = "0" }, verbose: false);

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<IngestOptions>>().Value);

        Assert.Contains("MaxArticleBytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_LongArticleOverrides_BindAndOutOfRangeFailsValidation()
    {
        using var host = BriefingHost.Build(
            new Dictionary<string, string?> { ["Briefing:LongArticles:NotesMaxTokens"] = "300", ["Briefing:LongArticles:MaxCombinePasses"] = "2" }, verbose: false);
        using var invalid = BriefingHost.Build(new Dictionary<string, string?> { ["Briefing:LongArticles:PartConcurrency"] = "0" }, verbose: false);

        var options = host.Services.GetRequiredService<IOptions<LongArticleOptions>>().Value;
        var error = Assert.Throws<OptionsValidationException>(() => invalid.Services.GetRequiredService<IOptions<LongArticleOptions>>().Value);

        Assert.Equal((300, 2, 4), (options.NotesMaxTokens, options.MaxCombinePasses, options.PartConcurrency));
        Assert.Contains("PartConcurrency", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("openai", null, null, "No API key for the openai provider")]
    [InlineData("azure-openai", null, null, "Briefing:Model:Endpoint and Briefing:Model:Deployment are required")]
    [InlineData("fake", null, null, "FakeReplyPath is required for the fake provider (flag --fake-reply")]
    [InlineData("OpenAI-Compatible", "m", "http://127.0.0.1:1/v1", null)]
    public void Validate_Provider_ReportsWhatIsMissing(string provider, string? model, string? endpoint, string? expected)
    {
        var options = new ModelOptions { Provider = provider, ModelId = model ?? (provider == "openai" ? "gpt-4o-mini" : null), Endpoint = endpoint is null ? null : new Uri(endpoint) };

        var errors = options.Validate(new System.ComponentModel.DataAnnotations.ValidationContext(options)).Select(e => e.ErrorMessage).ToList();

        if (expected is null)
        {
            Assert.Empty(errors);
        }
        else
        {
            Assert.Contains(errors, e => e!.Contains(expected, StringComparison.Ordinal));
        }
    }
}
