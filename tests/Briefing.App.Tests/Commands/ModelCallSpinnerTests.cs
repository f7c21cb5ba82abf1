using System.Diagnostics.Metrics;
using Briefing.App.Commands;
using Briefing.Briefings;
using Briefing.ModelCalls.Usage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Briefing.Commands;

// The spinner listens to every Briefing meter in the process, so no other test may record tokens meanwhile.
[Collection(nameof(ModelCallSpinnerTests))]
[CollectionDefinition(nameof(ModelCallSpinnerTests), DisableParallelization = true)]
public sealed class ModelCallSpinnerTests
{
    [Fact]
    public void ForTerminal_ErrorIsNotTheConsole_GivesNoSpinner()
    {
        using var error = new StringWriter();

        Assert.Null(ModelCallSpinner.ForTerminal(error, "openai gpt-4o-mini"));
    }

    [Fact]
    public async Task Line_WhileTheCallRuns_ShowsProviderElapsedTimeAndThenTheTokens()
    {
        var time = new FakeTimeProvider();
        using var error = new StringWriter();
        using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var metrics = new BriefingMetrics(services.GetRequiredService<IMeterFactory>());

        await using (var spinner = new ModelCallSpinner(error, "openai gpt-4o-mini", time))
        {
            time.Advance(TimeSpan.FromSeconds(2.5));
            var before = spinner.Line();
            metrics.Record("gpt-4o-mini", "model", new ModelUsage(1000, 50, Estimated: false, CostUsd: null, ModelCalls: 1, Cached: false));
            var after = spinner.Line();

            Assert.EndsWith(" openai gpt-4o-mini · 2.5 s", before, StringComparison.Ordinal);
            Assert.EndsWith(" openai gpt-4o-mini · 2.5 s · 1,050 tokens", after, StringComparison.Ordinal);
        }

        // The spinner wipes its line when the call is over.
        Assert.EndsWith("\r", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, error.ToString().Split('\r')[^2].Trim());
    }
}
