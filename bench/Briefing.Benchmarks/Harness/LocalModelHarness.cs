using System.Globalization;
using Briefing.ModelCalls;
using Briefing.Providers;
using Briefing.Providers.Local;
using LLama;
using LLama.Common;
using LLama.Extensions;
using LLama.Native;
using LLama.Sampling;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Briefing.Benchmarks.Harness;

/// <summary>The local provider's prompt and generation rates, set against llama.cpp's own perf counters for the same tokens.</summary>
/// <remarks>
/// The wrapper's figures are wall-clock time around its decode loop (LocalGeneration); the reference decodes the same prompt
/// tokens with the same batch size and greedy sampling on a context with llama.cpp's perf counters switched on, and reads
/// llama_perf_context. The difference is what the wrapper adds: tokenizing, sampling, the async hops and the text decoding.
/// </remarks>
internal sealed class LocalModelHarness(string modelPath, int maxTokens, int runs)
{
    public async Task<string> RunAsync(string label, string article, bool withGrammar)
    {
        var local = new LocalModelOptions();
        var modelOptions = Options.Create(new ModelOptions { Provider = "local", ModelId = modelPath });
        var localOptions = Options.Create(local);
        var store = new LocalModelStore(localOptions);
        var window = new LocalContextWindow(modelOptions, localOptions, store);
        using var runtime = new LocalModelRuntime(modelOptions, localOptions, store, window, TimeProvider.System, NullLoggerFactory.Instance);
        LocalChatMessage[] messages = [new("system", "Write a briefing of the article as JSON."), new("user", article)];
        var grammar = withGrammar
            ? JsonSchemaGrammar.FromSchema(BriefingJsonSchema.Schema, new JsonGrammarLimits(1, local.MaxJsonStringLength, 1, local.MaxJsonArrayItems))
            : null;
        await runtime.LoadAsync(CancellationToken.None);
        await runtime.GenerateAsync(messages, new LocalGenerationRequest(8, grammar), CancellationToken.None);

        var wrapper = new List<LocalGeneration>();
        var reference = new List<LLamaPerfContextTimings>();
        for (var run = 0; run < runs; run++)
        {
            wrapper.Add(await runtime.GenerateAsync(messages, new LocalGenerationRequest(maxTokens, grammar), CancellationToken.None));
            reference.Add(Reference(messages, window.Tokens, wrapper[^1].CompletionTokens, grammar));
        }

        var promptTokens = wrapper[0].PromptTokens;
        var generated = wrapper[0].CompletionTokens;
        var wrapperPrompt = Median(wrapper.Select(g => g.PromptTime.TotalMilliseconds));
        var wrapperGeneration = Median(wrapper.Select(g => g.GenerationTime.TotalMilliseconds));
        var llamaPrompt = Median(reference.Select(t => t.PromptEval.TotalMilliseconds));
        var llamaGeneration = Median(reference.Select(t => t.Eval.TotalMilliseconds));
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{label}: {promptTokens} prompt tokens, {generated} generated (context {window.Tokens}, median of {runs}) | prompt: wrapper {wrapperPrompt:F0} ms ({Rate(promptTokens, wrapperPrompt)}), " +
            $"llama.cpp {llamaPrompt:F0} ms ({Rate(promptTokens, llamaPrompt)}) | generation: wrapper {wrapperGeneration:F0} ms ({Rate(generated, wrapperGeneration)}), " +
            $"llama.cpp eval {llamaGeneration:F0} ms ({Rate(generated, llamaGeneration)}) | wrapper overhead: prompt {Overhead(wrapperPrompt, llamaPrompt)}, generation {Overhead(wrapperGeneration, llamaGeneration)}");
    }

    // The same work as LoadedLocalModel, on a context whose perf counters are on (LLamaSharp switches them off).
    private LLamaPerfContextTimings Reference(IReadOnlyList<LocalChatMessage> messages, int contextTokens, int generate, string? grammar)
    {
        var parameters = new ModelParams(modelPath) { ContextSize = (uint)contextTokens };
        using var weights = LLamaWeights.LoadFromFile(parameters);
        using var tokenizing = weights.CreateContext(parameters);
        var tokens = new LocalPromptTokenizer(weights, LocalPromptTokenizer.ChooseTemplate(weights, null)).Tokenize(tokenizing, messages);
        parameters.ToLlamaContextParams(out var native);
        native.no_perf = false;
        using var context = SafeLLamaContextHandle.Create(weights.NativeHandle, native);
        using var sampler = new GreedySamplingPipeline { Grammar = grammar is null ? null : new Grammar(grammar, "root") };
        var batch = new LLamaBatch();
        var batchSize = (int)context.BatchSize;
        for (var start = 0; start < tokens.Count; start += batchSize)
        {
            batch.Clear();
            for (var i = start; i < Math.Min(start + batchSize, tokens.Count); i++)
            {
                batch.Add(tokens[i], i, LLamaSeqId.Zero, i == tokens.Count - 1);
            }

            context.Decode(batch);
        }

        for (var n = 0; n < generate; n++)
        {
            var token = sampler.Sample(context, batch.TokenCount - 1);
            batch.Clear();
            batch.Add(token, tokens.Count + n, LLamaSeqId.Zero, true);
            context.Decode(batch);
        }

        return context.GetTimings();
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    private static string Rate(int tokens, double milliseconds) =>
        string.Create(CultureInfo.InvariantCulture, $"{tokens / (milliseconds / 1000):N0} tok/s");

    private static string Overhead(double wrapper, double llama) =>
        string.Create(CultureInfo.InvariantCulture, $"{(wrapper - llama) / llama:+0%;-0%}");
}
