namespace Briefing.Support;

/// <summary>A fact that needs the shared tiny GGUF model; skipped, with the reason, where ../shared is not beside the repository.</summary>
public sealed class LocalModelFactAttribute : FactAttribute
{
    public LocalModelFactAttribute()
    {
        if (!File.Exists(TestModels.Stories260K))
        {
            Skip = $"The test model {TestModels.Stories260K} is absent (../shared/models is not beside this repository).";
        }
    }
}
