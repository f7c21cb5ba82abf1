namespace Briefing.Providers;

/// <summary>Which engine writes briefings.</summary>
internal enum ModelProvider
{
    /// <summary>No language model: the built-in extractive engine.</summary>
    Extractive,
    OpenAI,
    AzureOpenAI,

    /// <summary>Any server that speaks OpenAI's chat-completions protocol: Ollama, llama.cpp server, vLLM, LM Studio.</summary>
    OpenAICompatible,

    /// <summary>Deterministic replies read from a file, for tests and demos.</summary>
    Fake,

    /// <summary>A GGUF model run inside this process (llama.cpp through LLamaSharp); no data leaves the machine.</summary>
    Local,
}
