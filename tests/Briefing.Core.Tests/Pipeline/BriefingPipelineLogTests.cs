using Briefing.Briefings;
using Briefing.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Briefing.Pipeline;

public sealed class BriefingPipelineLogTests
{
    [Fact]
    public async Task BriefAsync_LogsWhatItReadAndHowTheBriefingWasMade()
    {
        using var services = TestPipeline.Create(configure: s => s.AddFakeLogging());
        var article = await TestPipeline.IngestSampleAsync(services);

        await TestPipeline.Pipeline(services).BriefAsync(article, new BriefingSettings(), CancellationToken.None);

        var lines = services.GetFakeLogCollector().GetSnapshot()
            .Where(r => r.Category == typeof(BriefingPipeline).FullName && r.Level == LogLevel.Information)
            .Select(r => r.Message)
            .ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal("Read samples/lavrov-talks.txt: Text, 22 paragraphs, 4868 characters", lines[0]);
        // The fixed test clock does not move, so the durations are exactly zero.
        Assert.Equal("Briefed samples/lavrov-talks.txt with extractive (built-in extractive): generated in 0 ms, 0 ms with the grounding check; verdict Grounded", lines[1]);
    }
}
