using System.Globalization;
using Briefing.Rendering;
using Briefing.State;
using Briefing.Stories;

namespace Briefing.Delivery;

/// <summary>The sentences every digest format shares, so the HTML, Markdown and plain-text digests say the same thing.</summary>
internal static class DigestWording
{
    /// <summary>What the grounding check covers, stated wherever its result is shown so "found" is never read as "true".</summary>
    public static string CheckScope => Grounding.GroundingCoverage.Summary;

    public const string FailuresIntro = "These articles could not be briefed. Inbox files were moved to the inbox's failed folder with a note of the reason.";

    public const string PendingIntro = "These articles could not be briefed this time for a reason outside them; they will be tried again on the next run.";

    /// <summary>How far a pending article is from being set aside: "attempt 2 of 5".</summary>
    public static string Attempt(PendingFailure pending) => $"attempt {pending.Attempt} of {pending.MaxAttempts}";

    public static string Count(int n, string noun) =>
        n == 1 ? $"1 {noun}" : string.Create(CultureInfo.InvariantCulture, $"{n} {(noun.EndsWith('y') ? noun[..^1] + "ies" : noun + "s")}");

    public static string Summary(Digest digest) =>
        $"{Count(digest.Stories.Count, "story")} from {Count(digest.Briefings.Count, "article")}"
        + (digest.Failures.Count > 0 ? $" · {digest.Failures.Count} not briefed" : string.Empty)
        + (digest.Pending.Count > 0 ? $" · {digest.Pending.Count} to retry" : string.Empty);

    /// <summary>The one-line verdict of a grounding check, with its scope.</summary>
    public static string Check(GroundingDocument? grounding) => grounding switch
    {
        null => "Not checked against the sources.",
        { Unsupported.Count: 0 } => $"Every number, name and quote was found in the sources ({CheckScope}).",
        { Unsupported.Count: var n } => $"Check before use: {Count(n, "item")} not found in the sources ({CheckScope}):",
    };

    /// <summary>One unsupported item as a reader sees it: the text, what kind of thing it is, and where it appears.</summary>
    public static string Item(GroundingDocument.ItemDocument item) => $"“{item.Text}” ({Kind(item.Kind)}, in {Location(item.Location)})";

    public static string Coverage(Story story) => story.Coverage == 1 ? "1 source" : $"{story.Coverage} sources";

    public static string Engine(BriefingDocument.EngineDocument engine) => engine.Kind switch
    {
        "extractive" => "the built-in extractive engine (sentences chosen from the articles, no model)",
        "fake" => "a fake model (replayed replies, for testing)",
        _ => $"the model {engine.Model}",
    };

    private static string Kind(string kind) => kind switch
    {
        "number" => "number",
        "name" => "name",
        "quote" or "quotation" => "quote",
        _ => kind,
    };

    private static string Location(string location) => location == "briefing" ? "the summary" : location;
}
