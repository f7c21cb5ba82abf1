using System.Collections.Frozen;

namespace Briefing.Providers.Local;

/// <summary>The small instruct models recommended for the local provider, by the name <c>briefing model pull</c> takes.</summary>
/// <remarks>
/// No checksum is listed because none could be checked against the publisher while this catalog was written; pull
/// prints the SHA-256 of what it downloaded so it can be compared with the model page, and --sha256 enforces one.
/// </remarks>
internal static class LocalModelCatalog
{
    public static readonly FrozenDictionary<string, LocalModelCatalogEntry> ByName = new LocalModelCatalogEntry[]
    {
        new(
            "qwen2.5-1.5b-instruct",
            new Uri("https://huggingface.co/Qwen/Qwen2.5-1.5B-Instruct-GGUF/resolve/main/qwen2.5-1.5b-instruct-q4_k_m.gguf"),
            "qwen2.5-1.5b-instruct-q4_k_m.gguf",
            1_100_000_000,
            null,
            "Qwen2.5 1.5B Instruct, Q4_K_M (Apache-2.0): the recommended default, multilingual."),
        new(
            "llama-3.2-1b-instruct",
            new Uri("https://huggingface.co/bartowski/Llama-3.2-1B-Instruct-GGUF/resolve/main/Llama-3.2-1B-Instruct-Q4_K_M.gguf"),
            "Llama-3.2-1B-Instruct-Q4_K_M.gguf",
            810_000_000,
            null,
            "Llama 3.2 1B Instruct, Q4_K_M (Llama 3.2 Community License): smaller and faster, English first."),
        new(
            "qwen2.5-0.5b-instruct",
            new Uri("https://huggingface.co/Qwen/Qwen2.5-0.5B-Instruct-GGUF/resolve/main/qwen2.5-0.5b-instruct-q4_k_m.gguf"),
            "qwen2.5-0.5b-instruct-q4_k_m.gguf",
            490_000_000,
            null,
            "Qwen2.5 0.5B Instruct, Q4_K_M (Apache-2.0): for machines with little memory; briefings are rougher."),
    }.ToFrozenDictionary(e => e.Name, StringComparer.OrdinalIgnoreCase);
}
