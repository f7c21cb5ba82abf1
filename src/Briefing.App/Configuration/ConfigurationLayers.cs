using System.Text.Json;
using Microsoft.Extensions.Configuration;

namespace Briefing.App.Configuration;

/// <summary>
/// Adds the configuration sources, lowest to highest: the appsettings.json beside the executable, the user's file,
/// ./appsettings.json, each --config file in order, environment variables, user-secrets, command-line flags.
/// </summary>
/// <remarks>
/// The layers are kept so <c>config show</c> can name where each value came from and <c>config check</c> can look for
/// unknown keys in the files a user wrote. A file that is read twice (the working directory is the executable's
/// folder) is added once, so its keys are not shown as overriding themselves.
/// </remarks>
internal sealed class ConfigurationLayers
{
    private readonly List<ConfigurationLayer> _layers = [];

    public IReadOnlyList<ConfigurationLayer> Layers => _layers;

    public static ConfigurationLayers AddTo(IConfigurationBuilder builder, string environmentName, IReadOnlyList<string> configFiles, IReadOnlyDictionary<string, string?> overrides)
    {
        var layers = new ConfigurationLayers();
        var seen = new HashSet<string>(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        layers.AddFile(builder, seen, "defaults", Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true);
        layers.AddFile(builder, seen, "defaults", Path.Combine(AppContext.BaseDirectory, $"appsettings.{environmentName}.json"), optional: true);
        if (UserConfigFile.Path() is { } user)
        {
            layers.AddFile(builder, seen, "user file", user, optional: true);
        }

        layers.AddFile(builder, seen, "working directory", Path.GetFullPath("appsettings.json"), optional: true);
        foreach (var file in configFiles)
        {
            layers.AddFile(builder, seen, "--config", Path.GetFullPath(file), optional: false);
        }

        builder.AddEnvironmentVariables();
        layers._layers.Add(new ConfigurationLayer("environment", null));
        builder.AddUserSecrets(typeof(ConfigurationLayers).Assembly, optional: true);
        layers._layers.Add(new ConfigurationLayer("user-secrets", null));
        builder.AddInMemoryCollection(overrides);
        layers._layers.Add(new ConfigurationLayer("command line", null));
        return layers;
    }

    /// <summary>The layer each provider of <paramref name="root"/> came from; providers added before these layers have none.</summary>
    public ConfigurationLayer? LayerOf(IConfigurationRoot root, int providerIndex)
    {
        var offset = root.Providers.Count() - _layers.Count;
        return providerIndex >= offset ? _layers[providerIndex - offset] : null;
    }

    private void AddFile(IConfigurationBuilder builder, HashSet<string> seen, string label, string path, bool optional)
    {
        if (!seen.Add(path))
        {
            return;
        }

        if (!optional && Directory.Exists(path))
        {
            throw new ConfigurationException($"The configuration file {path} (--config) is a folder; name a JSON file.");
        }

        if (!optional && !File.Exists(path))
        {
            throw new ConfigurationException($"The configuration file {path} (--config) does not exist; check the path.");
        }

        if (optional && !File.Exists(path))
        {
            return;
        }

        CheckJson(path);
        try
        {
            builder.AddJsonFile(path, optional: true, reloadOnChange: false);
        }
        catch (InvalidDataException e)
        {
            // Parsed as JSON above, so what is left is the configuration reader's own rule: a key given twice.
            throw new ConfigurationException($"The configuration file {path} cannot be used: {e.InnerException?.Message ?? e.Message}", e);
        }

        _layers.Add(new ConfigurationLayer($"{label} {path}", path));
    }

    // The configuration reader's own message names a .NET exception and sometimes no line; this one names the file and the spot.
    private static void CheckJson(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var document = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new ConfigurationException($"The configuration file {path} must hold one JSON object ({{ \"Briefing\": {{ ... }} }}).");
            }
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}, column {e.BytePositionInLine + 1}" : string.Empty;
            throw new ConfigurationException($"The configuration file {path} is not valid JSON{where}; fix it or remove it.", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new ConfigurationException($"The configuration file {path} cannot be read (permission denied).", e);
        }
        catch (IOException e) when (e is not FileNotFoundException)
        {
            throw new ConfigurationException($"The configuration file {path} cannot be read: {e.Message}", e);
        }
    }
}
