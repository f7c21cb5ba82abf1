using System.Text.RegularExpressions;

namespace Briefing.App.Configuration;

/// <summary>Turns the configuration binder's "Failed to convert configuration value" into a line that names the key and what it wants.</summary>
internal static partial class BindingFailure
{
    public static bool TryDescribe(InvalidOperationException exception, out string message)
    {
        var match = ConvertFailure().Match(exception.Message);
        if (!match.Success)
        {
            message = string.Empty;
            return false;
        }

        var value = match.Groups["value"].Success ? $" '{match.Groups["value"].Value}'" : string.Empty;
        message = $"{match.Groups["key"].Value}{value} is not {Expected(match.Groups["type"].Value)}; fix it in the configuration (see 'briefing config show').";
        return true;
    }

    private static string Expected(string type) => type switch
    {
        "System.Int32" or "System.Int64" or "System.Int16" => "a whole number",
        "System.Double" or "System.Decimal" or "System.Single" => "a number",
        "System.Boolean" => "true or false",
        "System.TimeSpan" => "a duration such as 00:00:30",
        "System.Uri" => "a URL",
        _ when EnumNamed(type) is { } values => $"one of {string.Join(", ", Enum.GetNames(values))}",
        _ => "a valid value",
    };

    private static Type? EnumNamed(string fullName) =>
        AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType(fullName)).FirstOrDefault(t => t is { IsEnum: true });

    [GeneratedRegex(@"^Failed to convert configuration value (?:'(?<value>[^']*)' )?at '(?<key>[^']+)' to type '(?<type>[^']+)'", RegexOptions.CultureInvariant)]
    private static partial Regex ConvertFailure();
}
