using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Briefing.Providers;

/// <summary>Takes the provider's conventional environment variable (OPENAI_API_KEY, AZURE_OPENAI_API_KEY) when no key is configured.</summary>
internal sealed class ApiKeyFallback(IConfiguration configuration) : IPostConfigureOptions<ModelOptions>
{
    public void PostConfigure(string? name, ModelOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.ApiKey))
        {
            return;
        }

        options.ApiKey = options.Kind switch
        {
            ModelProvider.OpenAI or ModelProvider.OpenAICompatible => configuration["OPENAI_API_KEY"],
            ModelProvider.AzureOpenAI => configuration["AZURE_OPENAI_API_KEY"],
            _ => null,
        };
    }
}
