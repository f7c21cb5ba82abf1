using System.Globalization;
using Briefing.State;
using Briefing.Stories;

namespace Briefing.Delivery;

/// <summary>What one digest tells staff: the overview, the stories most important first, what was not briefed, and the totals.</summary>
/// <param name="RunAt">When the run started.</param>
/// <param name="Zone">The worker's time zone; every time shown is in it.</param>
/// <param name="Culture">How dates are written.</param>
/// <param name="Overview">"Today in brief", one line per top story.</param>
/// <param name="Stories">Stories, most important first.</param>
/// <param name="Briefings">Every article briefing the stories are made of.</param>
/// <param name="Failures">Articles and sources that failed and will not be tried again as they are.</param>
/// <param name="Pending">Articles left for a later run after a failure that was not theirs.</param>
internal sealed record Digest(
    DateTimeOffset RunAt,
    TimeZoneInfo Zone,
    CultureInfo Culture,
    Overview Overview,
    IReadOnlyList<Story> Stories,
    IReadOnlyList<DigestEntry> Briefings,
    IReadOnlyList<SourceFailure> Failures,
    IReadOnlyList<PendingFailure> Pending)
{
    /// <summary>A timestamp as every digest format writes it: local to <see cref="Zone"/>, in <see cref="Culture"/>'s short date and time.</summary>
    public string Time(DateTimeOffset time) => TimeZoneInfo.ConvertTime(time, Zone).ToString("g", Culture);

    /// <summary>The run's day, written out, for the heading.</summary>
    public string Day => TimeZoneInfo.ConvertTime(RunAt, Zone).ToString("D", Culture);

    /// <summary>The digest's title, the same in every format.</summary>
    public string Title => "Briefing for " + Day;
}
