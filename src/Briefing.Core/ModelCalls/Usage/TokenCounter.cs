using System.Collections.Concurrent;
using Microsoft.ML.Tokenizers;

namespace Briefing.ModelCalls.Usage;

/// <summary>Counts tokens with the model's tiktoken encoding, or o200k_base for models it does not know.</summary>
/// <remarks>
/// For models outside OpenAI's families (Llama, Mistral ...) the count is an approximation, which is why every count
/// made here is reported as an estimate. Loading an encoding takes a moment, so each is loaded once and kept.
/// </remarks>
internal sealed class TokenCounter
{
    private const string DefaultEncoding = "o200k_base";
    private readonly ConcurrentDictionary<string, Lazy<Tokenizer>> _byModel = new(StringComparer.OrdinalIgnoreCase);

    public int Count(string model, string text) => text.Length == 0 ? 0 : For(model).CountTokens(text);

    private Tokenizer For(string model) =>
        _byModel.GetOrAdd(model, m => new Lazy<Tokenizer>(() => Create(m))).Value;

    private static TiktokenTokenizer Create(string model)
    {
        try
        {
            return TiktokenTokenizer.CreateForModel(model);
        }
        catch (NotSupportedException)
        {
            return TiktokenTokenizer.CreateForEncoding(DefaultEncoding);
        }
    }
}
