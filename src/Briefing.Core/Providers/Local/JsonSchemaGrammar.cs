using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Briefing.Providers.Local;

/// <summary>Translates a JSON schema into a GBNF grammar for llama.cpp's grammar-constrained sampling.</summary>
/// <remarks>
/// Covers the subset structured-output schemas use: objects with properties and required, arrays, strings, numbers,
/// integers, booleans, null and string enums. Anything else is refused rather than silently loosened. No rule uses the
/// <c>{m,n}</c> operator: bounds are spelled out by <see cref="GbnfRepetition"/>, so every allowed limit parses in llama.cpp.
/// </remarks>
internal static class JsonSchemaGrammar
{
    private const string Primitives = """
        ws ::= ([ \t\n] [ \t\n]?)?
        char ::= [^"\\\x7F\x00-\x1F] | "\\" (["\\/bfnrt] | "u" [0-9a-fA-F] [0-9a-fA-F] [0-9a-fA-F] [0-9a-fA-F])
        digit ::= [0-9]
        integer ::= "-"? ([0-9] | [1-9] digits0to15)
        number ::= integer ("." digits1to15)? ([eE] [-+]? digits1to3)?
        boolean ::= "true" | "false"
        null ::= "null"
        """;

    /// <summary>Any JSON object, for the schema-less "json_object" response format.</summary>
    public static string AnyObject(JsonGrammarLimits limits) => Complete("""
        root ::= ws object ws
        value ::= object | array | string | number | boolean | null
        object ::= "{" ws (string ws ":" ws value ws ("," ws string ws ":" ws value ws)*)? "}"
        array ::= "[" ws (value ws ("," ws value ws)*)? "]"
        """, limits, new GbnfRepetition("n"));

    public static string FromSchema(string schema, JsonGrammarLimits limits)
    {
        using var document = JsonDocument.Parse(schema);
        var rules = new List<string>();
        var repetition = new GbnfRepetition("n");
        var root = Rule(document.RootElement, limits, rules, repetition);
        var text = new StringBuilder();
        text.Append("root ::= ws ").Append(root).Append(" ws\n");
        foreach (var rule in rules)
        {
            text.Append(rule).Append('\n');
        }

        return Complete(text.ToString(), limits, repetition);
    }

    // The rules written out by GbnfRepetition come last: llama.cpp counts the rules defined before a "?" against its limit.
    private static string Complete(string rules, JsonGrammarLimits limits, GbnfRepetition repetition)
    {
        var text = new StringBuilder(rules.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd()).Append('\n');
        text.Append(Primitives.Replace("\r\n", "\n", StringComparison.Ordinal)).Append('\n');
        text.Append("digits0to15 ::= ").Append(repetition.Between("digit", 0, 15)).Append('\n');
        text.Append("digits1to15 ::= ").Append(repetition.Between("digit", 1, 15)).Append('\n');
        text.Append("digits1to3 ::= ").Append(repetition.Between("digit", 1, 3)).Append('\n');
        text.Append("string ::= \"\\\"\" ").Append(repetition.Between("char", limits.MinStringLength, limits.MaxStringLength)).Append(" \"\\\"\"\n");
        foreach (var rule in repetition.Rules)
        {
            text.Append(rule).Append('\n');
        }

        return text.ToString();
    }

    private static string Rule(JsonElement schema, JsonGrammarLimits limits, List<string> rules, GbnfRepetition repetition)
    {
        if (schema.TryGetProperty("enum", out var values))
        {
            return Named(rules, string.Join(" | ", values.EnumerateArray().Select(v => Literal(v.GetRawText()))));
        }

        var type = schema.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        return type switch
        {
            "object" => ObjectRule(schema, limits, rules, repetition),
            "array" => ArrayRule(schema, limits, rules, repetition),
            "string" => "string",
            "number" => "number",
            "integer" => "integer",
            "boolean" => "boolean",
            "null" => "null",
            _ => throw new NotSupportedException($"JSON schema type '{type ?? "(none)"}' has no grammar translation."),
        };
    }

    // Properties come in schema order, so the reply reads like the documented format; optional ones may be left out.
    private static string ObjectRule(JsonElement schema, JsonGrammarLimits limits, List<string> rules, GbnfRepetition repetition)
    {
        var required = schema.TryGetProperty("required", out var r) ? r.EnumerateArray().Select(e => e.GetString()).ToHashSet() : [];
        var members = new List<(string Text, bool Required)>();
        if (schema.TryGetProperty("properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                var value = Rule(property.Value, limits, rules, repetition);
                members.Add(($"{Literal(JsonSerializer.Serialize(property.Name))} ws \":\" ws {value}", required.Contains(property.Name)));
            }
        }

        if (members.Count > 0 && !members.Any(m => m.Required))
        {
            throw new NotSupportedException("A JSON schema object whose properties are all optional has no grammar translation.");
        }

        var body = new StringBuilder("\"{\" ws");
        var first = true;
        foreach (var (text, isRequired) in members.OrderBy(m => m.Required ? 0 : 1))
        {
            var item = first ? text : $"\",\" ws {text}";
            body.Append(' ').Append(isRequired ? item : $"({item} ws)?");
            if (isRequired)
            {
                body.Append(" ws");
            }

            first = false;
        }

        body.Append(" \"}\"");
        return Named(rules, body.ToString());
    }

    private static string ArrayRule(JsonElement schema, JsonGrammarLimits limits, List<string> rules, GbnfRepetition repetition)
    {
        var item = schema.TryGetProperty("items", out var items)
            ? Rule(items, limits, rules, repetition)
            : throw new NotSupportedException("A JSON schema array without 'items' has no grammar translation.");
        var next = Named(rules, $"ws \",\" ws {item}");
        var more = repetition.Between(next, Math.Max(0, limits.MinItems - 1), limits.MaxItems - 1);
        var nonEmpty = $"\"[\" ws {item} {more} ws \"]\"";
        return Named(rules, limits.MinItems == 0 ? $"\"[\" ws \"]\" | {nonEmpty}" : nonEmpty);
    }

    private static string Named(List<string> rules, string body)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"r{rules.Count}");
        rules.Add($"{name} ::= {body}");
        return name;
    }

    // A GBNF literal is double-quoted with backslash escapes, so a JSON token's text is quoted once more.
    private static string Literal(string json) =>
        "\"" + json.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
