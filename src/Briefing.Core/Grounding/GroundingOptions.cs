using System.ComponentModel.DataAnnotations;

namespace Briefing.Grounding;

/// <summary>How the grounding check reacts to a briefing that states things the article does not.</summary>
internal sealed class GroundingOptions
{
    public const string SectionName = "Briefing:Grounding";

    /// <summary>warn (default), retry or fallback.</summary>
    [EnumDataType(typeof(GroundingAction))]
    public GroundingAction Action { get; set; } = GroundingAction.Warn;
}
