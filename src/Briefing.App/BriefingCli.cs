using System.CommandLine;
using Briefing.App.Commands;
using Briefing.App.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.App;

/// <summary>The command tree. Tests build it with extra service registrations (fakes) and invoke it in-process.</summary>
internal static class BriefingCli
{
    public static RootCommand Create(Action<IServiceCollection>? configureServices = null) => CommandLineStyle.Apply(
        new("Briefing: turns news articles into short briefings and key-point lists.")
        {
            ConfigFileOption.Create(),
            new BriefCommand(configureServices).Build(),
            new ModelCommand(configureServices).Build(),
            new EvalCommand(configureServices).Build(),
            new EvalStoriesCommand(configureServices).Build(),
            new WorkerCommand(configureServices).Build(),
            new ConfigCommand(configureServices).Build(),
            new InitCommand().Build(),
            new DeliverCommand(configureServices).Build(),
        });
}
