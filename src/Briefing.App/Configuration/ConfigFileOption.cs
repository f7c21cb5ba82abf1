using System.CommandLine;

namespace Briefing.App.Configuration;

/// <summary><c>--config FILE</c> on every command: more appsettings files, later ones winning, above ./appsettings.json.</summary>
internal static class ConfigFileOption
{
    public const string Name = "--config";

    public static Option<string[]> Create() => new(Name)
    {
        Description = "Read settings from this JSON file too (repeatable; a later file wins); above ./appsettings.json, below the environment.",
        Recursive = true,
        HelpName = "FILE",
        AllowMultipleArgumentsPerToken = false,
    };

    public static IReadOnlyList<string> Files(ParseResult parse) => parse.GetValue<string[]>(Name) ?? [];
}
