namespace Briefing.Support;

/// <summary>A fact that needs the shared tiny GGUF model; skipped, with the reason, where ../shared is not beside the repository.</summary>
public sealed class LocalModelFactAttribute : FactAttribute
{
    public LocalModelFactAttribute()
    {
        if (!File.Exists(StoriesModel))
        {
            Skip = $"The test model {StoriesModel} is absent (../shared/models is not beside this repository).";
        }
    }

    /// <summary>TinyStories 260K in GGUF: loads and generates in milliseconds, cannot summarize.</summary>
    public static string StoriesModel => Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "models", "stories260K.gguf"));
}
