namespace Briefing.Support;

/// <summary>A fact that runs the whole development set through the pipeline; skipped with the reason where the shared data is absent.</summary>
/// <remarks>The extractive engine scores all 392 stories in about two seconds, so every test run checks that it still beats Lead-3.</remarks>
public sealed class DevSetEvalFactAttribute : FactAttribute
{
    public const string DevSet = "eval/cnn_dailymail_dev.jsonl";

    public DevSetEvalFactAttribute()
    {
        var path = Path.Combine(RepositoryPaths.Shared, DevSet);
        if (!File.Exists(path))
        {
            Skip = $"Shared evaluation data not found at {path}; it lives beside the repository in ../shared and is not part of it.";
        }
    }
}
