namespace Briefing.Briefings;

/// <summary>What the reader asked for: output language (null = the article's own) and length.</summary>
internal sealed record BriefingSettings(string? Language = null, BriefingLength Length = BriefingLength.Medium)
{
    public LengthPreset Preset => LengthPreset.For(Length);
}
