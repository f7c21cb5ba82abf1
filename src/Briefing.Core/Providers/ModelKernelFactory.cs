using Briefing.Providers.Local;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace Briefing.Providers;

/// <summary>Builds the Semantic Kernel for the configured provider; the kernel's chat service is the model seam.</summary>
internal sealed class ModelKernelFactory(
    IOptions<ModelOptions> options, IHttpClientFactory httpClients, LocalModelRuntime localModel, IOptions<LocalModelOptions> localOptions)
{
    /// <summary>The named HttpClient every provider call goes through (resilience handlers attach here).</summary>
    public const string HttpClientName = "briefing-model";

    public Kernel Create()
    {
        var model = options.Value;
        var builder = Kernel.CreateBuilder();
        var http = httpClients.CreateClient(HttpClientName);
        switch (model.Kind)
        {
            case ModelProvider.OpenAI:
                builder.AddOpenAIChatCompletion(Required(model.ModelId), Required(model.ApiKey), httpClient: http);
                break;
            case ModelProvider.OpenAICompatible:
                // Local servers usually ignore the key, but the OpenAI client insists on one.
                builder.AddOpenAIChatCompletion(Required(model.ModelId), Required(model.Endpoint), model.ApiKey ?? "not-needed", httpClient: http);
                break;
            case ModelProvider.AzureOpenAI:
                builder.AddAzureOpenAIChatCompletion(
                    Required(model.Deployment), Required(model.Endpoint).ToString(), Required(model.ApiKey), modelId: model.ModelId, httpClient: http);
                break;
            case ModelProvider.Fake:
                builder.Services.AddSingleton<IChatCompletionService>(new FileReplayChatCompletionService(Required(model.FakeReplyPath), model.MaxReplyBytes));
                break;
            case ModelProvider.Local:
                // The runtime is a process-wide singleton, so every kernel shares one copy of the weights.
                builder.Services.AddSingleton<IChatCompletionService>(new LocalChatCompletionService(localModel, localOptions.Value, Required(model.ModelId)));
                break;
            default:
                throw new InvalidOperationException($"Provider '{model.Provider}' does not use a kernel.");
        }

        return builder.Build();
    }

    // Options validation has already rejected missing values; this only satisfies the compiler without '!'.
    private static T Required<T>(T? value) where T : class =>
        value ?? throw new InvalidOperationException("Model options were not validated.");
}
