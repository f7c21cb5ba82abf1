namespace Briefing.Briefings;

/// <summary>Whether every checked item of a briefing was found in its article.</summary>
internal enum GroundingVerdict
{
    /// <summary>Every number, name and quotation appears in the article.</summary>
    Grounded,

    /// <summary>At least one item could not be found in the article.</summary>
    Unsupported,
}
