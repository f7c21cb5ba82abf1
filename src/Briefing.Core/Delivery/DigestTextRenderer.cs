using System.Text;
using Briefing.Rendering;

namespace Briefing.Delivery;

/// <summary>The digest as plain text, the alternative part of a digest email: the same sections as the HTML, with URLs written out.</summary>
internal sealed class DigestTextRenderer
{
    public string Render(Digest digest)
    {
        var text = new StringBuilder();
        text.AppendLine(digest.Title).AppendLine(new string('=', digest.Title.Length)).AppendLine(DigestWording.Summary(digest)).AppendLine();
        if (digest.Overview.Lines.Count > 0)
        {
            Heading(text, "Today in brief");
            foreach (var line in digest.Overview.Lines)
            {
                text.Append(line.Story + 1).Append(". ").AppendLine(OneLine(line.Text));
            }

            text.AppendLine();
            Check(text, digest.Overview.Grounding, digest.Overview.Grounding is not null);
            if (digest.Overview.Note is { } note)
            {
                text.AppendLine(OneLine(note)).AppendLine();
            }
        }

        for (var i = 0; i < digest.Stories.Count; i++)
        {
            var story = digest.Stories[i];
            Heading(text, $"{i + 1}. {OneLine(story.Headline)}{(story.UpdateOf is null ? string.Empty : " [Updated]")}");
            text.Append(DigestWording.Coverage(story)).AppendLine(story.Published is { } published ? " · published " + digest.Time(published) : string.Empty);
            if (story.UpdateOf is { } earlier)
            {
                text.Append("Continues “").Append(OneLine(earlier.Headline)).Append("”, briefed ").AppendLine(digest.Time(earlier.LastBriefedAt));
            }

            text.AppendLine().AppendLine(OneLine(story.Briefing.Briefing)).AppendLine();
            foreach (var point in story.Briefing.KeyPoints)
            {
                text.Append("* ").AppendLine(OneLine(point));
            }

            text.AppendLine();
            Check(text, story.Briefing.Grounding, shown: true);
            if (story.BriefingNote is { } note)
            {
                text.AppendLine(OneLine(note)).AppendLine();
            }

            text.AppendLine("Sources:");
            foreach (var member in story.Members)
            {
                var title = OneLine(member.Briefing.Title ?? member.Text?.Title ?? member.Briefing.Source);
                text.Append("- ").Append(title).Append(member.Link is { } link ? $" — {member.Outlet}: {link.AbsoluteUri}" : $" — inbox file {OneLine(member.Briefing.Source)}").AppendLine();
            }

            text.AppendLine();
        }

        if (digest.Failures.Count > 0)
        {
            Heading(text, "Not briefed");
            text.AppendLine(DigestWording.FailuresIntro);
            foreach (var failure in digest.Failures)
            {
                text.Append("- ").Append(OneLine(failure.Source)).Append(": ").AppendLine(OneLine(failure.Reason));
            }

            text.AppendLine();
        }

        if (digest.Pending.Count > 0)
        {
            Heading(text, "To be retried");
            text.AppendLine(DigestWording.PendingIntro);
            foreach (var pending in digest.Pending)
            {
                text.Append("- ").Append(OneLine(pending.Source)).Append(" (").Append(DigestWording.Attempt(pending)).Append("): ").AppendLine(OneLine(pending.Reason));
            }

            text.AppendLine();
        }

        Heading(text, "Totals");
        foreach (var (label, value) in DigestTotals.Of(digest).Lines())
        {
            text.Append(label).Append(": ").AppendLine(value);
        }

        text.AppendLine().Append("Written by Briefing at ").Append(digest.Time(digest.RunAt)).Append(" (").Append(digest.Zone.Id).AppendLine(").");
        return text.ToString();
    }

    private static void Heading(StringBuilder text, string heading) => text.AppendLine(heading).AppendLine(new string('-', Math.Min(heading.Length, 72)));

    private static void Check(StringBuilder text, GroundingDocument? grounding, bool shown)
    {
        if (!shown)
        {
            return;
        }

        text.AppendLine(DigestWording.Check(grounding));
        foreach (var item in grounding?.Unsupported ?? [])
        {
            text.Append("  ! ").AppendLine(OneLine(DigestWording.Item(item)));
        }

        text.AppendLine();
    }

    // Article text may carry line breaks and control characters; in plain text they would forge structure.
    private static string OneLine(string value)
    {
        var line = new StringBuilder(value.Length);
        foreach (var c in value.ReplaceLineEndings(" "))
        {
            line.Append(char.IsControl(c) ? ' ' : c);
        }

        return line.ToString();
    }
}
