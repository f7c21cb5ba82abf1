using Briefing.App.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Briefing.Hosting;

public sealed class BriefingHostLoggingTests
{
    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void Build_Verbose_ShowsInformationFromThePipelineDespiteTheConfiguredDefault(bool verbose, bool expected)
    {
        // appsettings.json sets Logging:LogLevel:Default to Warning; --verbose must still show progress.
        var overrides = new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Warning" };
        using var host = BriefingHost.Build(overrides, verbose);

        var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Briefing.Engines.Model.LongArticles.LongArticleCondenser");

        Assert.Equal(expected, logger.IsEnabled(LogLevel.Information));
        Assert.True(logger.IsEnabled(LogLevel.Warning));
    }
}
