namespace Briefing.Briefings;

/// <summary>How long a briefing should be.</summary>
public enum BriefingLength
{
    Short,
    Medium,
    Long,
}
