using Briefing.App.Hosting;
using Briefing.Articles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Briefing.Hosting;

public sealed class IngestOptionsBindingTests
{
    [Fact]
    public void Build_Defaults_BoundDepthAndParseTime()
    {
        using var host = BriefingHost.Build(new Dictionary<string, string?>(), verbose: false);

        var options = host.Services.GetRequiredService<IOptions<IngestOptions>>().Value;

        Assert.Equal(256, options.MaxHtmlDepth);
        Assert.Equal(TimeSpan.FromSeconds(30), options.ParseTimeout);
    }

    [Theory]
    [InlineData("Briefing:Ingest:MaxHtmlDepth", "100000", "MaxHtmlDepth")]
    [InlineData("Briefing:Ingest:MaxHtmlDepth", "0", "MaxHtmlDepth")]
    [InlineData("Briefing:Ingest:ParseTimeout", "00:00:00", "ParseTimeout")]
    [InlineData("Briefing:Ingest:ParseTimeout", "01:00:00", "ParseTimeout")]
    public void Build_BoundOutOfRange_FailsValidationNamingIt(string key, string value, string name)
    {
        using var host = BriefingHost.Build(new Dictionary<string, string?> { [key] = value }, verbose: false);

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<IngestOptions>>().Value);

        Assert.Contains(name, error.Message, StringComparison.Ordinal);
    }
}
