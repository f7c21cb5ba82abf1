using Briefing.Prompts;
using Briefing.Providers;
using Microsoft.Extensions.Options;

namespace Briefing.Worker;

/// <summary>How the worker's briefings are made, known before the model is called: the recipe (prompt version and the
/// reader's settings) and the model.</summary>
/// <remarks>
/// The state store keys on these so a rerun skips briefed articles, but a new prompt, model, length or language briefs
/// them again: a briefing written for other settings is not the briefing staff asked for.
/// </remarks>
internal sealed class EngineIdentity(IOptions<ModelOptions> model, IOptions<WorkerOptions> worker, PromptLibrary prompts)
{
    /// <summary>The prompt version (the built-in engine uses none, so its own name) followed by length and language.</summary>
    public string PromptVersion
    {
        get
        {
            var version = model.Value.Kind == ModelProvider.Extractive ? "extractive" : prompts.SummarizeVersion;
            var settings = worker.Value.Settings;
            var length = settings.Length.ToString().ToLowerInvariant();
            return settings.Language is { } language ? $"{version};{length};{language.Trim()}" : $"{version};{length}";
        }
    }

    public string Model => model.Value.DisplayModel;
}
