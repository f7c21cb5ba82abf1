using Briefing.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Models.Budget;

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
