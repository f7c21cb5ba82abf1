using Briefing.Providers;
using Microsoft.Extensions.Options;

namespace Briefing.ModelCalls.Resilience;

/// <summary>Checks the rules that span <see cref="ResilienceOptions"/> and the per-attempt timeout in <see cref="ModelOptions"/>.</summary>
internal sealed class ResilienceOptionsValidator(IOptions<ModelOptions> model) : IValidateOptions<ResilienceOptions>
{
    public ValidateOptionsResult Validate(string? name, ResilienceOptions options)
    {
        var attempt = model.Value.RequestTimeout;
        var failures = new List<string>();
        if (options.TotalTimeout < attempt)
        {
            failures.Add($"Briefing:Resilience:TotalTimeout ({options.TotalTimeout}) must be at least Briefing:Model:RequestTimeout ({attempt}).");
        }

        if (options.BreakerSamplingDuration < 2 * attempt)
        {
            failures.Add($"Briefing:Resilience:BreakerSamplingDuration ({options.BreakerSamplingDuration}) must be at least twice Briefing:Model:RequestTimeout ({attempt}).");
        }

        if (options.MaxDelay < options.BaseDelay)
        {
            failures.Add($"Briefing:Resilience:MaxDelay ({options.MaxDelay}) must be at least BaseDelay ({options.BaseDelay}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
