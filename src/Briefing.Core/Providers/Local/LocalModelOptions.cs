using System.ComponentModel.DataAnnotations;

namespace Briefing.Providers.Local;

/// <summary>The in-process GGUF model of the "local" provider and how it samples.</summary>
/// <remarks>The model itself is Briefing:Model:ModelId (a .gguf path or an installed name). Only read when Briefing:Model:Provider is "local"; other providers never touch the native runtime.</remarks>
internal sealed class LocalModelOptions
{
    public const string SectionName = "Briefing:Model:Local";

    /// <summary>Where <c>briefing model pull</c> stores models; empty means the per-user cache folder.</summary>
    public string? CacheDirectory { get; set; }

    /// <summary>Context window in tokens: the prompt (article included) and the reply must fit in it.</summary>
    [Range(256, 262144)]
    public int ContextSize { get; set; } = 8192;

    /// <summary>CPU threads for generation; empty lets llama.cpp choose.</summary>
    [Range(1, 1024)]
    public int? Threads { get; set; }

    /// <summary>Layers offloaded to a GPU; 0 with the CPU backend that ships with the tool.</summary>
    [Range(0, 1024)]
    public int GpuLayers { get; set; }

    /// <summary>0 picks the most likely token every time (deterministic briefings).</summary>
    [Range(0.0, 2.0)]
    public float Temperature { get; set; }

    [Range(0.0, 1.0)]
    public float TopP { get; set; } = 0.95f;

    [Range(0, 1000)]
    public int TopK { get; set; } = 40;

    [Range(1.0, 2.0)]
    public float RepeatPenalty { get; set; } = 1.0f;

    /// <summary>Seed for sampling when Temperature is above 0, so runs can be repeated.</summary>
    public uint Seed { get; set; } = 42;

    /// <summary>A llama.cpp template name (chatml, llama3, phi3, gemma ...) overriding the template in the GGUF metadata.</summary>
    /// <remarks>Models without a template in their metadata fall back to chatml.</remarks>
    public string? ChatTemplate { get; set; }

    /// <summary>Longest JSON string the grammar lets the model write, in characters; bounds every reply so it ends.</summary>
    [Range(16, 100_000)]
    public int MaxJsonStringLength { get; set; } = 2000;

    /// <summary>Most array items (key points) the grammar allows.</summary>
    [Range(1, 1000)]
    public int MaxJsonArrayItems { get; set; } = 12;
}
