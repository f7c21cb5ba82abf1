using Briefing.Models;
using Briefing.Prompts;
using Microsoft.Extensions.Options;

namespace Briefing.Worker;

/// <summary>The prompt version and model a briefing is made with, known before the model is called.</summary>
/// <remarks>The state store keys on these so a rerun skips briefed articles but a new prompt or model briefs them again.</remarks>
public sealed class EngineIdentity(IOptions<ModelOptions> model, PromptLibrary prompts)
{
    /// <summary>The built-in engine uses no prompt, so its version is its own name.</summary>
    public string PromptVersion => model.Value.Kind == ModelProvider.Extractive ? "extractive" : prompts.SummarizeVersion;

    public string Model => model.Value.DisplayModel;
}
