using System.CommandLine;
using Briefing.App.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.App.Commands;

/// <summary><c>briefing config show|check</c>: the settings in force with their sources, and every problem with them.</summary>
internal sealed class ConfigCommand(Action<IServiceCollection>? configureServices = null)
{
    public Command Build()
    {
        var show = new Command("show", "Print the settings in force and where each comes from (secrets masked).");
        show.SetAction(ShowAsync);
        var check = new Command("check", "Check every setting (unknown keys, values, delivery, feeds); exit 0 if all are valid, 8 listing every problem.");
        check.SetAction(CheckAsync);
        return new Command("config", "Show or check the configuration: appsettings.json files, --config files, environment, user-secrets.") { show, check };
    }

    private async Task<int> ShowAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var output = parse.InvocationConfiguration.Output;
        return await CommandFailures.GuardAsync(parse.InvocationConfiguration.Error, async () =>
        {
            using var host = Hosting.BriefingHost.Build(parse, new Dictionary<string, string?>(), verbose: false, configureServices);
            var effective = Effective(host.Services);
            await output.WriteLineAsync("Sources, lowest to highest:");
            foreach (var layer in effective.Layers)
            {
                await output.WriteLineAsync($"  {layer.Label}");
            }

            await output.WriteLineAsync();
            var values = effective.Values();
            var width = values.Max(v => v.Key.Length + v.Value.Length + 3);
            foreach (var value in values)
            {
                await output.WriteLineAsync($"{$"{value.Key} = {value.Value}".PadRight(width)}  [{value.Source}]");
            }

            return ExitCodes.Success;
        });
    }

    private async Task<int> CheckAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var output = parse.InvocationConfiguration.Output;
        return await CommandFailures.GuardAsync(parse.InvocationConfiguration.Error, async () =>
        {
            using var host = Hosting.BriefingHost.Build(parse, new Dictionary<string, string?>(), verbose: false, configureServices);
            var schema = new OptionsSchema([typeof(Briefing.Worker.WorkerOptions).Assembly, typeof(ConfigCommand).Assembly]);
            var problems = new ConfigurationCheck(Effective(host.Services), schema, host.Services).Problems();
            if (problems.Count == 0)
            {
                await output.WriteLineAsync($"The configuration is valid ({Effective(host.Services).Layers.Count(l => l.FilePath is not null)} files read; see 'briefing config show').");
                return ExitCodes.Success;
            }

            await output.WriteLineAsync(problems.Count == 1 ? "1 problem in the configuration:" : $"{problems.Count} problems in the configuration:");
            foreach (var problem in problems)
            {
                await output.WriteLineAsync($"  - {problem}");
            }

            return ExitCodes.Configuration;
        });
    }

    private static EffectiveConfiguration Effective(IServiceProvider services) =>
        new(services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>(), services.GetRequiredService<ConfigurationLayers>());
}
