using System.Collections.Frozen;

namespace Briefing.Providers;

/// <summary>The provider names users write in appsettings.json, environment variables and --provider.</summary>
internal static class ModelProviderNames
{
    public static readonly FrozenDictionary<string, ModelProvider> ByName = new Dictionary<string, ModelProvider>(StringComparer.OrdinalIgnoreCase)
    {
        ["extractive"] = ModelProvider.Extractive,
        ["openai"] = ModelProvider.OpenAI,
        ["azure-openai"] = ModelProvider.AzureOpenAI,
        ["openai-compatible"] = ModelProvider.OpenAICompatible,
        ["fake"] = ModelProvider.Fake,
        ["local"] = ModelProvider.Local,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static string Known => string.Join(", ", ByName.Keys.Order(StringComparer.Ordinal));
}
