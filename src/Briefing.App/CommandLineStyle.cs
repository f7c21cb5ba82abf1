using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Help;

namespace Briefing.App;

/// <summary>Shows enum options as users type them: <c>--format &lt;markdown|json|text&gt;</c> in help and completion, never .NET names.</summary>
/// <remarks>Parsing enums is already case-insensitive; only what the user reads changes.</remarks>
internal static class CommandLineStyle
{
    public static RootCommand Apply(RootCommand root)
    {
        var defaults = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var option in Options(root))
        {
            if (EnumType(option.ValueType) is not { } type)
            {
                continue;
            }

            var names = Names(type);
            option.HelpName = string.Join('|', names);
            option.CompletionSources.Clear();
            option.CompletionSources.Add(_ => names.Select(n => new CompletionItem(n)));
            if (option.HasDefaultValue && option.GetDefaultValue()?.ToString() is { } value)
            {
                defaults[value] = Typed(value);
            }
        }

        if (root.Options.OfType<HelpOption>().FirstOrDefault() is { Action: { } action } help)
        {
            help.Action = new TypedHelpAction(action, defaults);
        }

        return root;
    }

    /// <summary>The values of an enum option as the user types them.</summary>
    public static IReadOnlyList<string> Names(Type type) => Enum.GetNames(type).Select(Typed).ToList();

    public static Type? EnumType(Type type) => (Nullable.GetUnderlyingType(type) ?? type) is { IsEnum: true } e ? e : null;

    private static string Typed(string name) => name.ToLowerInvariant();

    private static IEnumerable<Option> Options(Command command) =>
        command.Options.Concat(command.Subcommands.SelectMany(Options));
}
