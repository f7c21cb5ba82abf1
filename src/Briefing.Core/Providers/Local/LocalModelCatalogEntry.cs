namespace Briefing.Providers.Local;

/// <summary>A recommended model <c>briefing model pull</c> knows by name.</summary>
/// <param name="Name">The name users type, e.g. qwen2.5-1.5b-instruct.</param>
/// <param name="Url">Where the GGUF file is published.</param>
/// <param name="FileName">The file name in the model folder.</param>
/// <param name="ApproximateBytes">For display before the download; the real size comes from the server.</param>
/// <param name="Sha256">The checksum published on the model page, lowercase hex; null where it is not known, and pull then says it cannot verify.</param>
/// <param name="Description">One line for <c>briefing model list</c>.</param>
internal sealed record LocalModelCatalogEntry(string Name, Uri Url, string FileName, long ApproximateBytes, string? Sha256, string Description);
