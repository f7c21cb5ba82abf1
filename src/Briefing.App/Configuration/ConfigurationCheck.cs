using System.Reflection;
using System.Runtime.ExceptionServices;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Briefing.App.Configuration;

/// <summary>Every problem with the configuration at once: unknown keys, secrets in files, values that do not bind or validate.</summary>
internal sealed partial class ConfigurationCheck(EffectiveConfiguration configuration, OptionsSchema schema, IServiceProvider services)
{
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        foreach (var (key, layer) in configuration.KeysByLayer())
        {
            if (schema.Explain(key) is { } explanation)
            {
                problems.Add($"{layer.Label}: {explanation}");
            }
            else if (layer.FilePath is not null && SecretKeys.IsSecret(key) && !layer.Label.StartsWith("defaults", StringComparison.Ordinal))
            {
                problems.Add($"{layer.Label}: {key} is a secret; move it to an environment variable ({key.Replace(":", "__", StringComparison.Ordinal)}) or user-secrets.");
            }
        }

        foreach (var (section, type) in schema.Sections.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var optionsType = typeof(IOptions<>).MakeGenericType(type);
            if (services.GetService(optionsType) is not { } options || optionsType.GetProperty(nameof(IOptions<object>.Value)) is not { } value)
            {
                continue;
            }

            try
            {
                try
                {
                    _ = value.GetValue(options);
                }
                catch (TargetInvocationException e) when (e.InnerException is not null)
                {
                    ExceptionDispatchInfo.Throw(e.InnerException);
                }
            }
            catch (OptionsValidationException e)
            {
                problems.AddRange(e.Failures.Select(f => Clean(section, f)));
            }
            catch (InvalidOperationException e) when (BindingFailure.TryDescribe(e, out var message))
            {
                problems.Add(message);
            }
        }

        return problems.Distinct(StringComparer.Ordinal).ToList();
    }

    // DataAnnotations wraps each message in "DataAnnotation validation failed for 'X' members: 'Y' with the error: '...'."
    // and names the property without its section ("The field MaxArticleBytes must be ..."); the user needs the full key.
    private static string Clean(string section, string failure)
    {
        var match = DataAnnotationFailure().Match(failure);
        if (!match.Success)
        {
            return failure;
        }

        var (member, message) = (match.Groups["member"].Value, match.Groups["message"].Value);
        var field = $"The field {member} ";
        return message.StartsWith(field, StringComparison.Ordinal) ? $"{section}:{member} {message[field.Length..]}"
            : message.Contains("Briefing:", StringComparison.Ordinal) || member.Length == 0 ? message
            : $"{section}:{member}: {message}";
    }

    [GeneratedRegex(@"members: '(?<member>[^']*)' with the error: '(?<message>.*)'\.?$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex DataAnnotationFailure();
}
