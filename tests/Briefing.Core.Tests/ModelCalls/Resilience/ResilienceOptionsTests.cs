using Briefing.Providers;
using Briefing.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Briefing.ModelCalls.Resilience;

public sealed class ResilienceOptionsTests
{
    [Fact]
    public void Bind_NoSettings_DefaultsAreValidAndLlmSized()
    {
        using var services = TestPipeline.Create();

        var options = services.GetRequiredService<IOptions<ResilienceOptions>>().Value;

        Assert.Equal(3, options.MaxRetries);
        Assert.Equal(TimeSpan.FromMinutes(6), options.TotalTimeout);
        Assert.Equal(TimeSpan.FromMinutes(2), services.GetRequiredService<IOptions<ModelOptions>>().Value.RequestTimeout);
    }

    [Theory]
    [InlineData("Briefing:Resilience:TotalTimeout", "00:01:00", "TotalTimeout")]
    [InlineData("Briefing:Resilience:BreakerSamplingDuration", "00:03:00", "BreakerSamplingDuration")]
    [InlineData("Briefing:Resilience:MaxRetries", "11", "MaxRetries")]
    public void Bind_InconsistentSettings_FailValidationNamingTheSetting(string key, string value, string named)
    {
        using var services = TestPipeline.Create(settings: new Dictionary<string, string?> { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ResilienceOptions>>().Value);

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }
}
