namespace Briefing.Briefings;

/// <summary>The values of <see cref="EngineInfo.Kind"/>, stable because they appear in JSON output.</summary>
internal static class EngineKinds
{
    public const string Extractive = "extractive";
    public const string Model = "model";
    public const string Fake = "fake";
}
