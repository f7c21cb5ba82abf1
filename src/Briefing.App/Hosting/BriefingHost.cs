using System.CommandLine;
using Briefing.App.Configuration;
using Briefing.ModelCalls.Resilience;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Briefing.App.Hosting;

/// <summary>Composes the Generic Host every command runs on: configuration, logging to stderr, the pipeline.</summary>
internal static class BriefingHost
{
    /// <summary>Builds the host for a parsed command line: its <c>--config</c> files and its flags (<paramref name="overrides"/>).</summary>
    public static IHost Build(ParseResult parse, IReadOnlyDictionary<string, string?> overrides, bool verbose, Action<IServiceCollection>? configure = null) =>
        Build(ConfigFileOption.Files(parse), overrides, verbose, configure);

    /// <summary>Builds the host without --config files; <paramref name="overrides"/> are flags, which win over every other source.</summary>
    public static IHost Build(IReadOnlyDictionary<string, string?> overrides, bool verbose, Action<IServiceCollection>? configure = null) =>
        Build([], overrides, verbose, configure);

    private static IHost Build(IReadOnlyList<string> configFiles, IReadOnlyDictionary<string, string?> overrides, bool verbose, Action<IServiceCollection>? configure)
    {
        // The defaults are left out on purpose: nothing here reloads configuration, so their file watchers
        // (reloadOnChange), Debug and EventSource loggers and command-line source would be work without a use.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = "briefing",
            EnvironmentName = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environments.Production,
        });
        var layers = ConfigurationLayers.AddTo(builder.Configuration, builder.Environment.EnvironmentName, configFiles, overrides);
        builder.Services.AddSingleton(layers);

        // stdout carries the briefing; every log line goes to stderr.
        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        // A rule, not SetMinimumLevel: the "Default" level in appsettings.json is a rule too and would beat a minimum,
        // so --verbose would show nothing. Added after the configuration, this rule wins over it.
        builder.Logging.AddFilter(category: null, verbose ? LogLevel.Information : LogLevel.Warning);
        builder.Logging.AddFilter("System.Net.Http", verbose ? LogLevel.Information : LogLevel.Error);
        builder.Logging.AddFilter("Microsoft.Hosting", LogLevel.Warning);
        // llama.cpp reports model-metadata quirks and its own failures in many lines; the local provider turns each
        // failure into one line of its own, so the native log is shown only with --verbose.
        builder.Logging.AddFilter("LLama.Native", verbose ? LogLevel.Information : LogLevel.None);
        // A retry wait can last minutes (a provider's Retry-After); a person at a terminal is told, a script reading stderr is not.
        builder.Logging.AddFilter(ModelResilience.RetryLogCategory, verbose || !Console.IsErrorRedirected ? LogLevel.Information : LogLevel.Warning);
        // Each retry is logged by Polly with a full stack trace; the outcome already reaches the user as one line.
        builder.Logging.AddFilter("Polly", verbose ? LogLevel.Warning : LogLevel.None);

        builder.Services.AddBriefingCore();
        MetricsExport.AddIfConfigured(builder.Services, builder.Configuration);
        configure?.Invoke(builder.Services);
        return builder.Build();
    }
}
