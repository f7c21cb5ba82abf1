using System.ComponentModel.DataAnnotations;

namespace Briefing.Providers;

/// <summary>The model provider and how to reach it. Keys come from environment variables or user-secrets only.</summary>
internal sealed class ModelOptions : IValidatableObject
{
    public const string SectionName = "Briefing:Model";

    /// <summary>extractive (the default: no model), openai, azure-openai, openai-compatible, local or fake.</summary>
    public string Provider { get; set; } = "extractive";

    /// <summary>The parsed <see cref="Provider"/>; validation rejects unknown names before this is read.</summary>
    public ModelProvider Kind => ModelProviderNames.ByName.GetValueOrDefault(Provider, ModelProvider.Extractive);

    /// <summary>Model id, e.g. "gpt-4o-mini" or "llama3.2"; for Azure, the model behind the deployment; for local, a .gguf path or installed name.</summary>
    public string? ModelId { get; set; }

    /// <summary>Base URL for OpenAI-compatible servers (e.g. http://localhost:11434/v1) or the Azure OpenAI resource.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary>Azure OpenAI deployment name.</summary>
    public string? Deployment { get; set; }

    /// <summary>Never put this in appsettings.json: set Briefing__Model__ApiKey, OPENAI_API_KEY or AZURE_OPENAI_API_KEY, or user-secrets.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Reply file (or folder of reply files) for the fake provider.</summary>
    public string? FakeReplyPath { get; set; }

    public ResponseFormatMode ResponseFormat { get; set; } = ResponseFormatMode.JsonSchema;

    /// <summary>Time allowed for one model request (one attempt; see Briefing:Resilience for retries); LLM replies routinely take tens of seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>The context window the prompt and the longest reply must fit into together; longer articles are refused, never cut.</summary>
    [Range(512, 10_000_000)]
    public int ContextTokens { get; set; } = 32_768;

    /// <summary>Largest reply read from a provider, in bytes (default 1 MB, far above any briefing); a larger one fails the call with that reason.</summary>
    [Range(4096, 268_435_456)]
    public long MaxReplyBytes { get; set; } = 1 << 20;

    /// <summary>The model id shown in outputs.</summary>
    public string DisplayModel => Kind switch
    {
        ModelProvider.Extractive => "built-in extractive",
        ModelProvider.Fake => "fake",
        ModelProvider.AzureOpenAI => ModelId ?? Deployment ?? "azure-openai",
        _ => ModelId ?? "unknown",
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        const string Prefix = "Briefing:Model:";
        if (!ModelProviderNames.ByName.ContainsKey(Provider))
        {
            yield return new($"Unknown model provider '{Provider}' ({Prefix}Provider or --provider); use one of: {ModelProviderNames.Known}.");
            yield break;
        }

        if (Kind is ModelProvider.OpenAICompatible or ModelProvider.AzureOpenAI && Endpoint is { } endpoint && !IsWebAddress(endpoint))
        {
            yield return new($"{Prefix}Endpoint '{endpoint.OriginalString}' must be a full http:// or https:// address, e.g. http://localhost:11434/v1 (flag --endpoint).");
        }

        switch (Kind)
        {
            case ModelProvider.OpenAI:
                if (string.IsNullOrWhiteSpace(ModelId))
                {
                    yield return new($"{Prefix}ModelId is required for the openai provider (e.g. gpt-4o-mini; flag --model).");
                }

                if (string.IsNullOrWhiteSpace(ApiKey))
                {
                    yield return new("No API key for the openai provider: set the OPENAI_API_KEY environment variable (or Briefing:Model:ApiKey in user-secrets).");
                }

                break;
            case ModelProvider.AzureOpenAI:
                if (Endpoint is null || string.IsNullOrWhiteSpace(Deployment))
                {
                    yield return new($"{Prefix}Endpoint and {Prefix}Deployment are required for the azure-openai provider.");
                }

                if (string.IsNullOrWhiteSpace(ApiKey))
                {
                    yield return new("No API key for the azure-openai provider: set AZURE_OPENAI_API_KEY (or Briefing:Model:ApiKey in user-secrets).");
                }

                break;
            case ModelProvider.OpenAICompatible:
                if (Endpoint is null || string.IsNullOrWhiteSpace(ModelId))
                {
                    yield return new($"{Prefix}Endpoint and {Prefix}ModelId are required for the openai-compatible provider (flags --endpoint and --model).");
                }

                break;
            case ModelProvider.Local when string.IsNullOrWhiteSpace(ModelId):
                yield return new($"{Prefix}ModelId is required for the local provider: a .gguf file or a name installed with 'briefing model pull' (flag --model).");
                break;
            case ModelProvider.Fake when string.IsNullOrWhiteSpace(FakeReplyPath):
                yield return new($"{Prefix}FakeReplyPath is required for the fake provider (flag --fake-reply: a reply file or a folder of them).");
                break;
        }
    }

    // "localhost:11434/v1" binds as a URI whose scheme is "localhost", and "example.com/v1" as a relative one; both would
    // reach the provider's client and fail there with a message about URIs instead of the setting.
    private static bool IsWebAddress(Uri endpoint) =>
        endpoint.IsAbsoluteUri && (endpoint.Scheme == Uri.UriSchemeHttp || endpoint.Scheme == Uri.UriSchemeHttps) && !string.IsNullOrEmpty(endpoint.Host);
}
