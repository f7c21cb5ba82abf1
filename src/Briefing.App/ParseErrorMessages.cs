using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;

namespace Briefing.App;

/// <summary>The parser's errors as sentences a user can act on: the nearest command or option, enum values as typed.</summary>
internal static partial class ParseErrorMessages
{
    public static IReadOnlyList<string> For(ParseResult parse)
    {
        // A mistyped command makes the parser also miss a command and reject the command's own arguments: one mistake, one line.
        var errors = parse.Errors.ToList();
        var command = parse.CommandResult.Command;
        var mistypedCommand = command.Subcommands.Count > 0
            ? errors.FirstOrDefault(e => Unrecognized().Match(e.Message) is { Success: true } m && !m.Groups[1].Value.StartsWith('-'))
            : null;
        if (mistypedCommand is not null)
        {
            errors.RemoveAll(e => e != mistypedCommand && (e.Message.StartsWith("Required command was not provided", StringComparison.Ordinal)
                || Unrecognized().Match(e.Message) is { Success: true } m && !m.Groups[1].Value.StartsWith('-')));
        }

        return errors.Select(e => Describe(parse, e)).Distinct(StringComparer.Ordinal).ToList();
    }

    private static string Describe(ParseResult parse, ParseError error)
    {
        var message = string.Join(' ', error.Message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var command = parse.CommandResult.Command;
        if (Unrecognized().Match(message) is { Success: true } unknown)
        {
            var token = unknown.Groups[1].Value;
            if (token.StartsWith('-'))
            {
                var near = NearestName.Find(token, OptionNames(parse.CommandResult));
                return near is null ? $"Unknown option '{token}'." : $"Unknown option '{token}'; did you mean '{near}'?";
            }

            if (command.Subcommands.Count > 0)
            {
                var near = NearestName.Find(token, command.Subcommands.Select(c => c.Name));
                var name = CommandPath(parse.CommandResult);
                return near is null
                    ? $"'{token}' is not a {name} command; use one of: {string.Join(", ", command.Subcommands.Select(c => c.Name))}."
                    : $"'{token}' is not a {name} command; did you mean '{near}'?";
            }

            return $"Unexpected argument '{token}'.";
        }

        if (CannotParse().Match(message) is { Success: true } bad && FindOption(parse.CommandResult, bad.Groups["option"].Value) is { } option
            && CommandLineStyle.EnumType(option.ValueType) is { } type)
        {
            return $"{bad.Groups["option"].Value} takes {string.Join('|', CommandLineStyle.Names(type))}, not '{bad.Groups["value"].Value}'.";
        }

        if (message.StartsWith("Required command was not provided", StringComparison.Ordinal))
        {
            return $"Name a command: {string.Join(", ", command.Subcommands.Select(c => c.Name))}.";
        }

        return message;
    }

    private static IEnumerable<string> OptionNames(CommandResult result)
    {
        for (CommandResult? current = result; current is not null; current = current.Parent as CommandResult)
        {
            foreach (var option in current.Command.Options.Where(o => current == result || o.Recursive))
            {
                yield return option.Name;
                foreach (var alias in option.Aliases)
                {
                    yield return alias;
                }
            }
        }
    }

    private static Option? FindOption(CommandResult result, string name)
    {
        for (CommandResult? current = result; current is not null; current = current.Parent as CommandResult)
        {
            if (current.Command.Options.FirstOrDefault(o => o.Name == name || o.Aliases.Contains(name)) is { } option)
            {
                return option;
            }
        }

        return null;
    }

    private static string CommandPath(CommandResult result)
    {
        var names = new List<string>();
        for (CommandResult? current = result; current is not null; current = current.Parent as CommandResult)
        {
            names.Insert(0, current.Parent is null ? "briefing" : current.Command.Name);
        }

        return string.Join(' ', names);
    }

    [GeneratedRegex(@"^Unrecognized command or argument '(.*)'\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex Unrecognized();

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for option '(?<option>[^']+)'", RegexOptions.CultureInvariant)]
    private static partial Regex CannotParse();
}
