namespace Briefing.State;

/// <summary>Where a briefing stands; stored as text.</summary>
internal enum BriefingStatus
{
    /// <summary>A file name is reserved and the files may be on disk, but the briefing is not confirmed yet.</summary>
    Writing,

    /// <summary>Both files are durably written.</summary>
    Briefed,
}
