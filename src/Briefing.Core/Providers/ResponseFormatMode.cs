namespace Briefing.Providers;

/// <summary>How strictly the provider is asked for JSON.</summary>
internal enum ResponseFormatMode
{
    /// <summary>Structured output with the briefing JSON schema (OpenAI, Azure OpenAI, recent Ollama, llama.cpp, vLLM).</summary>
    JsonSchema,

    /// <summary>JSON mode without a schema, for servers that only know "json_object".</summary>
    JsonObject,

    /// <summary>No response format; the prompt alone asks for JSON and the parser is tolerant.</summary>
    None,
}
