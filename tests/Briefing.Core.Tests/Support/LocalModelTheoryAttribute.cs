namespace Briefing.Support;

/// <summary>A theory that needs the shared tiny GGUF model; skipped, with the reason, where ../shared is not beside the repository.</summary>
public sealed class LocalModelTheoryAttribute : TheoryAttribute
{
    public LocalModelTheoryAttribute()
    {
        if (!File.Exists(TestModels.Stories260K))
        {
            Skip = $"The test model {TestModels.Stories260K} is absent (../shared/models is not beside this repository).";
        }
    }
}
