namespace Briefing.Engines.Model.Fallback;

/// <summary>The fallback policy for articles whose model call failed.</summary>
internal sealed class FallbackOptions
{
    public const string SectionName = "Briefing:Fallback";

    /// <summary>fail (the default: a failure is reported, never disguised) or extractive.</summary>
    public FallbackPolicy Policy { get; set; } = FallbackPolicy.Fail;
}
