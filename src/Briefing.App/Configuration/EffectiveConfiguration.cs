using Microsoft.Extensions.Configuration;

namespace Briefing.App.Configuration;

/// <summary>The settings in force and where each one came from, for <c>config show</c> and <c>config check</c>.</summary>
internal sealed class EffectiveConfiguration(IConfiguration configuration, ConfigurationLayers layers)
{
    // Environment variables hold everything a process inherits; only these sections are the program's settings.
    private static readonly string[] Sections = ["Briefing", "Logging"];

    public IReadOnlyList<ConfigurationLayer> Layers => layers.Layers;

    public IReadOnlyList<ConfiguredValue> Values()
    {
        var root = (IConfigurationRoot)configuration;
        var providers = root.Providers.ToList();
        var values = new List<ConfiguredValue>();
        foreach (var (key, value) in Sections.SelectMany(s => configuration.GetSection(s).AsEnumerable()).OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase))
        {
            if (value is null)
            {
                continue;
            }

            var source = "unknown";
            for (var i = providers.Count - 1; i >= 0; i--)
            {
                if (providers[i].TryGet(key, out _))
                {
                    source = layers.LayerOf(root, i)?.Label ?? "host";
                    break;
                }
            }

            values.Add(new ConfiguredValue(key, SecretKeys.Mask(key, value), source));
        }

        foreach (var fallback in new[] { "OPENAI_API_KEY", "AZURE_OPENAI_API_KEY" })
        {
            if (!string.IsNullOrEmpty(configuration[fallback]))
            {
                values.Add(new ConfiguredValue(fallback, SecretKeys.Mask(fallback, configuration[fallback] ?? string.Empty), "environment"));
            }
        }

        return values;
    }

    /// <summary>Every Briefing key a layer sets, with the layer, so a key that binds to nothing can be named with its file.</summary>
    public IEnumerable<(string Key, ConfigurationLayer Layer)> KeysByLayer()
    {
        var root = (IConfigurationRoot)configuration;
        var providers = root.Providers.ToList();
        for (var i = 0; i < providers.Count; i++)
        {
            if (layers.LayerOf(root, i) is not { } layer)
            {
                continue;
            }

            foreach (var key in Keys(providers[i], "Briefing"))
            {
                yield return (key, layer);
            }
        }
    }

    // A provider lists only the child names under a path; the full keys are found by walking down until a value.
    private static IEnumerable<string> Keys(IConfigurationProvider provider, string path)
    {
        var children = provider.GetChildKeys([], path).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (children.Count == 0)
        {
            if (provider.TryGet(path, out _))
            {
                yield return path;
            }

            yield break;
        }

        foreach (var child in children)
        {
            foreach (var key in Keys(provider, path + ":" + child))
            {
                yield return key;
            }
        }
    }
}
