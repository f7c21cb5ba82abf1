using System.Net;
using Briefing.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.ModelCalls.Budget;

public sealed class ContextBudgetTests
{
    [Fact]
    public void ContextTokens_HostedProvider_IsTheConfiguredBudget()
    {
        using var services = TestPipeline.Create(settings: new Dictionary<string, string?> { ["Briefing:Model:ContextTokens"] = "16000" });

        var budget = services.GetRequiredService<ContextBudget>();

        Assert.Equal(16_000, budget.ContextTokens);
        Assert.Equal(15_300, budget.Available(700));
    }

    [Fact]
    public void Fits_RenderedPromptWithEncodedText_CountsTheTextTheModelReceives()
    {
        // Semantic Kernel renders variables HTML-encoded ("é" as "&#233;") and decodes them into the chat messages.
        using var services = TestPipeline.Create(settings: new Dictionary<string, string?> { ["Briefing:Model:ContextTokens"] = "1000" });
        var budget = services.GetRequiredService<ContextBudget>();
        var text = string.Concat(Enumerable.Repeat("L'État a déclaré qu'il négocierait à Genève. ", 30));
        var rendered = $"<message role=\"user\">{WebUtility.HtmlEncode(text)}</message>";

        Assert.True(budget.Count(rendered) > 1000, "the encoded form is what the old count measured");
        Assert.InRange(budget.CountPrompt(rendered), budget.Count(text), budget.Count(text) + 10);
        Assert.True(budget.Fits(rendered, 100));
    }

    [Fact]
    public void ContextTokens_LocalProvider_NeverMoreThanTheLocalContextLessATenthForTokenizerDifferences()
    {
        using var services = TestPipeline.Create(settings: new Dictionary<string, string?>
        {
            ["Briefing:Model:Provider"] = "local",
            ["Briefing:Model:ModelId"] = "model.gguf",
            ["Briefing:Model:ContextTokens"] = "32768",
            ["Briefing:Model:Local:ContextSize"] = "4096",
        });

        var budget = services.GetRequiredService<ContextBudget>();

        Assert.Equal(3_686, budget.ContextTokens);
        var error = Assert.Throws<ContextBudgetExceededException>(() => budget.EnsureFits(string.Concat(Enumerable.Repeat("word ", 4_000)), 700));
        Assert.Contains("Briefing:Model:Local:ContextSize", error.Message, StringComparison.Ordinal);
        Assert.Contains("the context budget is 3,686 tokens", error.Message, StringComparison.Ordinal);
    }
}
