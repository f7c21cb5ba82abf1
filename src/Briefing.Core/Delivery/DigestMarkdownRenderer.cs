using System.Text;
using Briefing.Rendering;
using Briefing.Stories;

namespace Briefing.Delivery;

/// <summary>The digest as Markdown, in the same order as the HTML digest: overview, stories with their sources, what was not briefed, totals.</summary>
/// <remarks>Anchors are plain <c>a id</c> tags inside the headings so the overview's links work the same in Markdown viewers, browsers and mail.</remarks>
internal sealed class DigestMarkdownRenderer
{
    public string Render(Digest digest)
    {
        var md = new StringBuilder();
        md.Append("# ").AppendLine(MarkdownText.Escape(digest.Title)).AppendLine();
        md.Append(DigestWording.Summary(digest)).Append(" · run at ").AppendLine(digest.Time(digest.RunAt)).AppendLine();
        AppendOverview(md, digest.Overview);
        for (var i = 0; i < digest.Stories.Count; i++)
        {
            AppendStory(md, digest, i);
        }

        AppendNotBriefed(md, digest);
        AppendTotals(md, digest);
        md.AppendLine("---").Append("*Written by Briefing at ").Append(digest.Time(digest.RunAt)).Append(" (").Append(digest.Zone.Id).AppendLine(").*");
        return md.ToString();
    }

    private static void AppendOverview(StringBuilder md, Overview overview)
    {
        if (overview.Lines.Count == 0)
        {
            return;
        }

        md.AppendLine("## Today in brief").AppendLine();
        foreach (var line in overview.Lines)
        {
            md.Append(line.Story + 1).Append(". [").Append(MarkdownText.Escape(line.Text)).Append("](#story-").Append(line.Story + 1).AppendLine(")");
        }

        md.AppendLine();
        if (overview.Grounding is { } grounding)
        {
            AppendCheck(md, grounding);
        }

        if (overview.Note is { } note)
        {
            md.Append("> ").AppendLine(MarkdownText.Escape(note)).AppendLine();
        }
    }

    private static void AppendStory(StringBuilder md, Digest digest, int index)
    {
        var story = digest.Stories[index];
        md.Append("## <a id=\"story-").Append(index + 1).Append("\"></a>").Append(index + 1).Append(". ").Append(MarkdownText.Escape(story.Headline));
        md.AppendLine(story.UpdateOf is null ? string.Empty : " — *Updated*").AppendLine();
        md.Append('*').Append(DigestWording.Coverage(story)).Append(story.Published is { } published ? " · published " + digest.Time(published) : string.Empty).Append('*');
        if (story.UpdateOf is { } earlier)
        {
            md.Append(" · continues “").Append(MarkdownText.Escape(earlier.Headline)).Append("”, briefed ").Append(digest.Time(earlier.LastBriefedAt));
        }

        md.AppendLine().AppendLine();
        md.AppendLine(MarkdownText.Escape(story.Briefing.Briefing)).AppendLine();
        foreach (var point in story.Briefing.KeyPoints)
        {
            md.Append("- ").AppendLine(MarkdownText.Escape(point));
        }

        md.AppendLine();
        AppendCheck(md, story.Briefing.Grounding);
        if (story.BriefingNote is { } note)
        {
            md.Append("> ").AppendLine(MarkdownText.Escape(note)).AppendLine();
        }

        md.AppendLine("Sources:").AppendLine();
        foreach (var member in story.Members)
        {
            AppendSource(md, digest, member);
        }

        md.AppendLine();
    }

    private static void AppendCheck(StringBuilder md, GroundingDocument? grounding)
    {
        md.Append("> ").AppendLine(DigestWording.Check(grounding));
        foreach (var item in grounding?.Unsupported ?? [])
        {
            md.Append("> - ").AppendLine(MarkdownText.Escape(DigestWording.Item(item)));
        }

        md.AppendLine();
    }

    private static void AppendSource(StringBuilder md, Digest digest, StoryMember member)
    {
        var title = MarkdownText.Escape(member.Briefing.Title ?? member.Text?.Title ?? member.Briefing.Source);
        md.Append("- ");
        if (member.Link is { } link)
        {
            md.Append('[').Append(title).Append("](<").Append(link.AbsoluteUri.Replace(">", "%3E", StringComparison.Ordinal)).Append(">) — ").Append(MarkdownText.Escape(member.Outlet));
        }
        else
        {
            md.Append(title).Append(" — inbox file ").Append(MarkdownText.Escape(member.Briefing.Source));
        }

        if (member.Briefing.PublishedAt is { } published)
        {
            md.Append(", ").Append(digest.Time(published));
        }

        md.Append(" · [its briefing](../briefings/").Append(member.Stem).AppendLine(".md)");
    }

    private static void AppendNotBriefed(StringBuilder md, Digest digest)
    {
        if (digest.Failures.Count > 0)
        {
            md.AppendLine("## <a id=\"not-briefed\"></a>Not briefed").AppendLine().AppendLine(DigestWording.FailuresIntro).AppendLine();
            foreach (var failure in digest.Failures)
            {
                md.Append("- **").Append(MarkdownText.Escape(failure.Source)).Append("**: ").AppendLine(MarkdownText.Escape(failure.Reason));
            }

            md.AppendLine();
        }

        if (digest.Pending.Count > 0)
        {
            md.AppendLine("## <a id=\"pending\"></a>To be retried").AppendLine().AppendLine(DigestWording.PendingIntro).AppendLine();
            foreach (var pending in digest.Pending)
            {
                md.Append("- **").Append(MarkdownText.Escape(pending.Source)).Append("** (").Append(DigestWording.Attempt(pending)).Append("): ")
                    .AppendLine(MarkdownText.Escape(pending.Reason));
            }

            md.AppendLine();
        }
    }

    // A plain list rather than a table: tables need a Markdown extension and render poorly in many mail clients.
    private static void AppendTotals(StringBuilder md, Digest digest)
    {
        md.AppendLine("## <a id=\"totals\"></a>Totals").AppendLine();
        foreach (var (label, value) in DigestTotals.Of(digest).Lines())
        {
            md.Append("- ").Append(label).Append(": ").AppendLine(value);
        }

        md.AppendLine();
        var engines = digest.Briefings.Select(b => DigestWording.Engine(b.Document.Engine)).Distinct(StringComparer.Ordinal).ToList();
        if (engines.Count > 0)
        {
            md.Append("Written by ").Append(string.Join(" and ", engines)).AppendLine(".").AppendLine();
        }
    }
}
