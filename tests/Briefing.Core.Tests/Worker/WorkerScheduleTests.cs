using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Briefing.Worker;

public sealed class WorkerScheduleTests
{
    [Theory]
    // Friday after the run: next is Monday 07:00 CET (06:00 UTC).
    [InlineData("2026-03-06T07:00:00Z", "2026-03-09T06:00:00Z")]
    // Monday 05:59 UTC is 06:59 in Berlin: the run is a minute away.
    [InlineData("2026-03-09T05:59:00Z", "2026-03-09T06:00:00Z")]
    // Summer time starts on 29 March 2026: Monday 30 March 07:00 CEST is 05:00 UTC.
    [InlineData("2026-03-27T07:00:00Z", "2026-03-30T05:00:00Z")]
    public void Next_WeekdaysAtSevenInBerlin_FollowsTheLocalClock(string now, string expected)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture));
        var schedule = new WorkerSchedule(Options.Create(new WorkerOptions { Schedule = "0 7 * * 1-5", TimeZone = "Europe/Berlin" }), clock);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), schedule.Next());
    }
}
