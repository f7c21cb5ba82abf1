namespace Briefing.Support;

/// <summary>A fact that runs the whole development set through the pipeline: only when BRIEFING_EVAL=1 and the shared data is present.</summary>
/// <remarks>It takes several seconds, so the default test run skips it; <c>BRIEFING_EVAL=1 dotnet test --filter DevSet</c> runs it.</remarks>
public sealed class DevSetEvalFactAttribute : FactAttribute
{
    public const string DevSet = "eval/cnn_dailymail_dev.jsonl";

    public DevSetEvalFactAttribute()
    {
        var path = Path.Combine(RepositoryPaths.Shared, DevSet);
        if (Environment.GetEnvironmentVariable("BRIEFING_EVAL") != "1")
        {
            Skip = "Runs the 392-story development set (several seconds); set BRIEFING_EVAL=1 to run it.";
        }
        else if (!File.Exists(path))
        {
            Skip = $"Shared evaluation data not found at {path}; it lives beside the repository in ../shared and is not part of it.";
        }
    }
}
