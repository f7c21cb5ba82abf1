using System.Text;
using Briefing.Briefings;
using LLama;
using LLama.Common;
using LLama.Native;
using LLama.Sampling;

namespace Briefing.Providers.Local;

/// <summary>Model weights held in memory, and one generation at a time over a fresh context.</summary>
/// <remarks>The weights are shared by every request; a context (the KV cache) is created per request so no article sees another's tokens.</remarks>
internal sealed class LoadedLocalModel(
    string path, LLamaWeights weights, ModelParams parameters, LocalPromptTokenizer prompt, LocalModelOptions options, string contextLimit, TimeProvider time)
    : IDisposable
{
    public string Path => path;

    public string TemplateName => prompt.TemplateName;

    public async Task<LocalGeneration> GenerateAsync(IReadOnlyList<LocalChatMessage> messages, LocalGenerationRequest request, CancellationToken cancellationToken)
    {
        using var context = weights.CreateContext(parameters);
        var tokens = prompt.Tokenize(context, messages);
        if (tokens.Count + request.MaxTokens > context.ContextSize)
        {
            throw new ModelException(
                $"The prompt ({tokens.Count} tokens) and the reply cap ({request.MaxTokens}) do not fit the local model's context of {context.ContextSize} tokens; " +
                $"the limit is {contextLimit}; use a shorter article or --length, or a model with a longer context.");
        }

        using var sampler = CreateSampler(request.Grammar);
        var started = time.GetTimestamp();
        var batch = new LLamaBatch();
        var batchSize = (int)context.BatchSize;
        for (var start = 0; start < tokens.Count; start += batchSize)
        {
            batch.Clear();
            var end = Math.Min(start + batchSize, tokens.Count);
            for (var i = start; i < end; i++)
            {
                batch.Add(tokens[i], i, LLamaSeqId.Zero, i == tokens.Count - 1);
            }

            await DecodeAsync(context, batch, cancellationToken);
        }

        var promptTime = time.GetElapsedTime(started);
        started = time.GetTimestamp();
        var decoder = new StreamingTokenDecoder(context);
        var text = new StringBuilder();
        var generated = 0;
        var stopped = false;
        while (generated < request.MaxTokens)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var token = sampler.Sample(context.NativeHandle, batch.TokenCount - 1);
            if (token.IsEndOfGeneration(weights.Vocab))
            {
                stopped = true;
                break;
            }

            decoder.Add(token);
            text.Append(decoder.Read());
            batch.Clear();
            batch.Add(token, tokens.Count + generated, LLamaSeqId.Zero, true);
            generated++;
            await DecodeAsync(context, batch, cancellationToken);
        }

        return new LocalGeneration(text.ToString(), tokens.Count, generated, Truncated: !stopped, promptTime, time.GetElapsedTime(started));
    }

    private ISamplingPipeline CreateSampler(string? grammar)
    {
        if (grammar is not null && !NativeGrammarCheck.Accepts(weights, grammar))
        {
            throw new ModelException(
                $"llama.cpp refused the grammar that keeps the local model's reply to the JSON format; lower {LocalModelOptions.SectionName}:MaxJsonStringLength or MaxJsonArrayItems.");
        }

        var constraint = grammar is null ? null : new Grammar(grammar, "root");
        if (options.Temperature == 0)
        {
            return new GreedySamplingPipeline { Grammar = constraint };
        }

        return new DefaultSamplingPipeline
        {
            Temperature = options.Temperature,
            TopP = options.TopP,
            TopK = options.TopK,
            RepeatPenalty = options.RepeatPenalty,
            Seed = options.Seed,
            Grammar = constraint,
        };
    }

    private static async Task DecodeAsync(LLamaContext context, LLamaBatch batch, CancellationToken cancellationToken)
    {
        var result = await context.DecodeAsync(batch, cancellationToken);
        if (result != DecodeResult.Ok)
        {
            throw new ModelException($"The local model failed to evaluate the prompt ({result}).");
        }
    }

    public void Dispose() => weights.Dispose();
}
