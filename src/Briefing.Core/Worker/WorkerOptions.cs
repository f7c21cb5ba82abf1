using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Briefing.Briefings;
using Cronos;

namespace Briefing.Worker;

/// <summary>When the worker runs, where it reads articles from and where staff find the briefings.</summary>
internal sealed class WorkerOptions : IValidatableObject
{
    public const string SectionName = "Briefing:Worker";

    /// <summary>A five-field cron expression, evaluated in <see cref="TimeZone"/>; the default is weekdays at 07:00.</summary>
    [Required]
    public string Schedule { get; set; } = "0 7 * * 1-5";

    /// <summary>IANA (or Windows) time zone id the schedule and the file dates are in.</summary>
    [Required]
    public string TimeZone { get; set; } = "Europe/Berlin";

    /// <summary>Folders whose .txt, .md and .html files are briefed; each gets processed/ and failed/ subfolders.</summary>
    public List<string> InboxFolders { get; set; } = [];

    /// <summary>RSS or Atom feeds whose items are fetched and briefed.</summary>
    public List<FeedOptions> Feeds { get; set; } = [];

    /// <summary>Items read from each feed per run unless the feed sets its own cap.</summary>
    [Range(1, 500)]
    public int MaxItemsPerFeed { get; set; } = 10;

    /// <summary>Where briefings/ and digests/ are written.</summary>
    [Required]
    public string OutputFolder { get; set; } = "briefings-out";

    /// <summary>The SQLite database that remembers what has been briefed.</summary>
    [Required]
    public string StateDatabase { get; set; } = "briefing-state.db";

    /// <summary>How many articles are briefed at the same time.</summary>
    [Range(1, 64)]
    public int Concurrency { get; set; } = 4;

    /// <summary>Passes that may fail on the model, the network or the disk before an article is quarantined.</summary>
    /// <remarks>A failure of the article itself (empty, binary, too large, refused by the content filter) quarantines it at once.</remarks>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>How long a pass waits for another pass on the same state database to finish before it refuses to start.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan LockWait { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Language of the briefings; empty means each article's own language.</summary>
    public string? Language { get; set; }

    public BriefingLength Length { get; set; } = BriefingLength.Medium;

    /// <summary>How the digest writes dates and times (a culture name such as en-GB, en-US or de-DE).</summary>
    [Required]
    public string Culture { get; set; } = "en-GB";

    public BriefingSettings Settings => new(string.IsNullOrWhiteSpace(Language) ? null : Language, Length);

    // Methods rather than properties: validation reads every property, and these throw on the values it must report.

    /// <summary>The parsed <see cref="TimeZone"/>; validation has rejected unknown ids before this is called.</summary>
    public TimeZoneInfo FindZone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    /// <summary>The parsed <see cref="Culture"/>; validation has rejected unknown names before this is called.</summary>
    public CultureInfo FindCulture() => CultureInfo.GetCultureInfo(Culture, predefinedOnly: true);

    /// <summary>The parsed <see cref="Schedule"/>; validation has rejected malformed expressions before this is called.</summary>
    public CronExpression ParseSchedule() => CronExpression.Parse(Schedule);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        const string Prefix = "Briefing:Worker:";
        if (!string.IsNullOrWhiteSpace(Schedule) && !CronExpression.TryParse(Schedule, out _))
        {
            yield return new($"{Prefix}Schedule '{Schedule}' is not a cron expression; use five fields, e.g. \"0 7 * * 1-5\" for weekdays at 07:00.", [nameof(Schedule)]);
        }

        if (!string.IsNullOrWhiteSpace(TimeZone) && !TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            yield return new($"{Prefix}TimeZone '{TimeZone}' is unknown; use an IANA id such as Europe/Berlin or UTC.", [nameof(TimeZone)]);
        }

        if (!string.IsNullOrWhiteSpace(Culture) && !IsKnownCulture(Culture))
        {
            yield return new($"{Prefix}Culture '{Culture}' is unknown; use a culture name such as en-GB, en-US or de-DE.", [nameof(Culture)]);
        }

        if (InboxFolders.Count == 0 && Feeds.Count == 0)
        {
            yield return new($"The worker has nothing to read: set {Prefix}InboxFolders or {Prefix}Feeds.", [nameof(InboxFolders)]);
        }

        for (var i = 0; i < Feeds.Count; i++)
        {
            var feed = Feeds[i];
            if (feed.Url is null || !feed.Url.IsAbsoluteUri || (feed.Url.Scheme != Uri.UriSchemeHttp && feed.Url.Scheme != Uri.UriSchemeHttps))
            {
                yield return new($"{Prefix}Feeds:{i}:Url must be an absolute http(s) URL.", [nameof(Feeds)]);
            }

            if (feed.MaxItems is < 1 or > 500)
            {
                yield return new($"{Prefix}Feeds:{i}:MaxItems must be between 1 and 500.", [nameof(Feeds)]);
            }
        }
    }

    private static bool IsKnownCulture(string name)
    {
        try
        {
            return CultureInfo.GetCultureInfo(name, predefinedOnly: true).Name.Length > 0;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }
}
