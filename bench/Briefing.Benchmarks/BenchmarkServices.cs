using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace Briefing.Benchmarks;

/// <summary>The production service graph (AddBriefingCore) with the model replaced by a scripted chat service.</summary>
internal static class BenchmarkServices
{
    public static ServiceProvider Create(IChatCompletionService? chat, IDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["Briefing:Prompts:Directory"] = Path.Combine(AppContext.BaseDirectory, "prompts"),
            ["Briefing:Model:Provider"] = chat is null ? "extractive" : "openai-compatible",
            ["Briefing:Model:ModelId"] = "bench-model",
            ["Briefing:Model:Endpoint"] = "http://127.0.0.1:9/v1",
            // Off unless a harness measures it: a warm cache would turn every iteration into a lookup.
            ["Briefing:Cache:Enabled"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build());
        services.AddLogging();
        services.AddBriefingCore();
        if (chat is not null)
        {
            services.AddSingleton(_ =>
            {
                var builder = Kernel.CreateBuilder();
                builder.Services.AddSingleton(chat);
                return builder.Build();
            });
        }

        return services.BuildServiceProvider();
    }
}
