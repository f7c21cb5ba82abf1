using System.Collections;
using System.Reflection;

namespace Briefing.App.Configuration;

/// <summary>The configuration keys the options classes bind, found from their <c>SectionName</c> and properties, to name unknown keys.</summary>
internal sealed class OptionsSchema
{
    private readonly Dictionary<string, Type> _sections;

    public OptionsSchema(IEnumerable<Assembly> assemblies)
    {
        _sections = new Dictionary<string, Type>(StringComparer.OrdinalIgnoreCase);
        foreach (var type in assemblies.SelectMany(a => a.GetTypes()))
        {
            if (type.GetField("SectionName", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } field
                && field.GetRawConstantValue() is string section && section.StartsWith("Briefing:", StringComparison.Ordinal))
            {
                _sections[section] = type;
            }
        }
    }

    public IReadOnlyDictionary<string, Type> Sections => _sections;

    /// <summary>Null when <paramref name="key"/> binds to a property; otherwise why not, with the nearest known name.</summary>
    public string? Explain(string key)
    {
        var section = _sections.Keys
            .Where(s => key.Equals(s, StringComparison.OrdinalIgnoreCase) || key.StartsWith(s + ":", StringComparison.OrdinalIgnoreCase))
            .MaxBy(s => s.Length);
        if (section is null)
        {
            // Descend through the section names as far as they match; the first segment that matches none is the mistake.
            var segments = key.Split(':');
            var depth = 1;
            while (depth < segments.Length && _sections.Keys.Any(s => (s + ":").StartsWith(string.Join(':', segments[..(depth + 1)]) + ":", StringComparison.OrdinalIgnoreCase)))
            {
                depth++;
            }

            if (depth == segments.Length)
            {
                return $"{key} is a section, not a value.";
            }

            var parent = string.Join(':', segments[..depth]) + ":";
            var names = _sections.Keys.Where(s => s.StartsWith(parent, StringComparison.OrdinalIgnoreCase)).Select(s => s.Split(':')[depth]).Distinct(StringComparer.OrdinalIgnoreCase);
            return Unknown(key, segments[depth], names, string.Empty);
        }

        var rest = key.Length == section.Length ? [] : key[(section.Length + 1)..].Split(':');
        var explanation = Walk(key, _sections[section], rest, 0);
        if (explanation is not null && rest.Length > 0 && explanation.StartsWith("unknown key", StringComparison.Ordinal))
        {
            // A section's own keys sit beside its child sections (Briefing:Delivery:MaxAttempts beside :Email); both are near names.
            var children = _sections.Keys.Where(s => s.StartsWith(section + ":", StringComparison.OrdinalIgnoreCase)).Select(s => s[(section.Length + 1)..].Split(':')[0]);
            var properties = _sections[section].GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => p.Name);
            return Unknown(key, rest[0], children.Concat(properties), string.Empty);
        }

        return explanation;
    }

    private static string? Walk(string key, Type type, string[] segments, int index)
    {
        if (index == segments.Length)
        {
            return null;
        }

        type = Nullable.GetUnderlyingType(type) ?? type;
        var segment = segments[index];
        if (IsScalar(type))
        {
            return $"{key} is not a setting: {string.Join(':', segments[..index])} takes one value, not a section.";
        }

        if (DictionaryValue(type) is { } value)
        {
            return Walk(key, value, segments, index + 1);
        }

        if (ElementType(type) is { } element)
        {
            return int.TryParse(segment, out _) ? Walk(key, element, segments, index + 1) : $"{key} is not a setting: it should be a list.";
        }

        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite || ElementType(p.PropertyType) is not null).ToList();
        var property = properties.FirstOrDefault(p => p.Name.Equals(segment, StringComparison.OrdinalIgnoreCase));
        return property is null
            ? Unknown(key, segment, properties.Select(p => p.Name), string.Empty)
            : Walk(key, property.PropertyType, segments, index + 1);
    }

    private static string Unknown(string key, string segment, IEnumerable<string> known, string prefix) =>
        NearestName.Find(segment, known) is { } near
            ? $"unknown key {key} (did you mean {prefix}{near}?)"
            : $"unknown key {key}";

    private static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(TimeSpan)
        || type == typeof(Uri) || type == typeof(DateTimeOffset) || type == typeof(DateTime);

    private static Type? DictionaryValue(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() is var d && (d == typeof(Dictionary<,>) || d == typeof(IDictionary<,>) || d == typeof(IReadOnlyDictionary<,>))
            ? type.GetGenericArguments()[1]
            : null;

    private static Type? ElementType(Type type)
    {
        if (type.IsArray)
        {
            return type.GetElementType();
        }

        return type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type) && type != typeof(string) && DictionaryValue(type) is null
            ? type.GetGenericArguments()[0]
            : null;
    }
}
