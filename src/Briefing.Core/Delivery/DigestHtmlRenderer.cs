using System.Net;
using System.Text;
using Briefing.Rendering;
using Briefing.Stories;

namespace Briefing.Delivery;

/// <summary>The digest as one self-contained HTML page for mail clients and browsers alike.</summary>
/// <remarks>
/// Layout is nested tables with inline styles, which mail clients render when they drop style sheets and flexbox; the one
/// style block only adds dark-mode colours and narrow-screen padding, so a client that ignores it still shows a readable
/// light page. Nothing is loaded from elsewhere: the only links out are the articles' own pages. Every piece of article
/// and model text is HTML-encoded, and only http(s) article URLs become links.
/// </remarks>
internal sealed class DigestHtmlRenderer
{
    private const string Page = "background:#f2f0eb;";
    private const string Card = "background:#ffffff;border-radius:8px;";
    private const string Padding = "padding:20px 24px;";
    private const string Text = "color:#1f1f1f;font-family:Georgia,'Times New Roman',serif;font-size:17px;line-height:1.5;";
    private const string Sans = "font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;";
    private const string Muted = "color:#5f5f5f;font-size:14px;" + Sans;
    private const string Link = "color:#0b57a4;";
    private const string Flag = "background:#fff4d6;color:#5c4400;border-left:4px solid #d99a00;padding:8px 12px;font-size:14px;" + Sans;
    private const string Fine = "background:#eef6ee;color:#24502a;border-left:4px solid #4c9a55;padding:8px 12px;font-size:14px;" + Sans;
    private const string Badge = "display:inline-block;background:#0b57a4;color:#ffffff;border-radius:4px;padding:1px 6px;font-size:12px;vertical-align:middle;" + Sans;

    private const string DarkAndNarrow = """
        :root { color-scheme: light dark; supported-color-schemes: light dark; }
        @media (prefers-color-scheme: dark) {
          .page { background:#161616 !important; }
          .card { background:#222222 !important; }
          .text { color:#e9e9e9 !important; }
          .muted { color:#b0b0b0 !important; }
          .link { color:#8ab8f0 !important; }
          .flag { background:#3b3012 !important; color:#f3d98a !important; }
          .fine { background:#1d3320 !important; color:#b6dcb9 !important; }
        }
        @media (max-width: 480px) {
          .pad { padding:16px 14px !important; }
          .title { font-size:24px !important; }
        }
        """;

    public string Render(Digest digest)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(E(digest.Culture.TwoLetterISOLanguageName)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"color-scheme\" content=\"light dark\">\n")
            .Append("<title>").Append(E(digest.Title)).Append("</title>\n<style>\n").Append(DarkAndNarrow).Append("</style>\n</head>\n");
        html.Append("<body class=\"page\" style=\"margin:0;padding:0;").Append(Page).Append("\">\n");
        html.Append("<table role=\"presentation\" class=\"page\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"").Append(Page).Append("\"><tr><td align=\"center\" style=\"padding:16px 8px;\">\n");
        html.Append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"max-width:680px;width:100%;\">\n");
        Header(html, digest);
        Overview(html, digest.Overview);
        for (var i = 0; i < digest.Stories.Count; i++)
        {
            Story(html, digest, i);
        }

        NotBriefed(html, digest);
        Totals(html, digest);
        html.Append("<tr><td class=\"muted\" style=\"padding:8px 4px 24px;").Append(Muted).Append("\">Written by Briefing at ")
            .Append(E(digest.Time(digest.RunAt))).Append(" (").Append(E(digest.Zone.Id)).Append(").</td></tr>\n");
        html.Append("</table>\n</td></tr></table>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Header(StringBuilder html, Digest digest)
    {
        html.Append("<tr><td style=\"padding:8px 4px 16px;\">")
            .Append("<h1 class=\"text title\" style=\"margin:0 0 4px;").Append(Text).Append("font-size:30px;line-height:1.2;\">").Append(E(digest.Title)).Append("</h1>")
            .Append("<p class=\"muted\" style=\"margin:0;").Append(Muted).Append("\">").Append(E(DigestWording.Summary(digest))).Append("</p></td></tr>\n");
    }

    private static void Overview(StringBuilder html, Overview overview)
    {
        if (overview.Lines.Count == 0)
        {
            return;
        }

        OpenCard(html, "today");
        html.Append("<h2 class=\"text\" style=\"margin:0 0 8px;").Append(Text).Append("font-size:22px;\">Today in brief</h2>\n<ol style=\"margin:0;padding-left:24px;\">\n");
        foreach (var line in overview.Lines)
        {
            html.Append("<li class=\"text\" style=\"margin:0 0 6px;").Append(Text).Append("\"><a class=\"link\" style=\"").Append(Link).Append("text-decoration:none;\" href=\"#story-")
                .Append(line.Story + 1).Append("\">").Append(E(line.Text)).Append("</a></li>\n");
        }

        html.Append("</ol>\n");
        if (overview.Grounding is { } grounding)
        {
            Check(html, grounding);
        }

        if (overview.Note is { } note)
        {
            html.Append("<p class=\"muted\" style=\"margin:8px 0 0;").Append(Muted).Append("\">").Append(E(note)).Append("</p>\n");
        }

        CloseCard(html);
    }

    private static void Story(StringBuilder html, Digest digest, int index)
    {
        var story = digest.Stories[index];
        OpenCard(html, $"story-{index + 1}");
        html.Append("<h2 class=\"text\" style=\"margin:0 0 4px;").Append(Text).Append("font-size:22px;line-height:1.25;\">").Append(index + 1).Append(". ").Append(E(story.Headline));
        if (story.UpdateOf is not null)
        {
            html.Append(" <span style=\"").Append(Badge).Append("\">Updated</span>");
        }

        html.Append("</h2>\n<p class=\"muted\" style=\"margin:0 0 12px;").Append(Muted).Append("\">").Append(E(DigestWording.Coverage(story)));
        if (story.Published is { } published)
        {
            html.Append(" · published ").Append(E(digest.Time(published)));
        }

        if (story.UpdateOf is { } earlier)
        {
            html.Append(" · continues “").Append(E(earlier.Headline)).Append("”, briefed ").Append(E(digest.Time(earlier.LastBriefedAt)));
        }

        html.Append("</p>\n<p class=\"text\" style=\"margin:0 0 10px;").Append(Text).Append("\">").Append(E(story.Briefing.Briefing)).Append("</p>\n");
        if (story.Briefing.KeyPoints.Count > 0)
        {
            html.Append("<ul style=\"margin:0 0 12px;padding-left:22px;\">\n");
            foreach (var point in story.Briefing.KeyPoints)
            {
                html.Append("<li class=\"text\" style=\"margin:0 0 4px;").Append(Text).Append("font-size:16px;\">").Append(E(point)).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        Check(html, story.Briefing.Grounding);
        if (story.BriefingNote is { } note)
        {
            html.Append("<p class=\"muted\" style=\"margin:8px 0 0;").Append(Muted).Append("\">").Append(E(note)).Append("</p>\n");
        }

        html.Append("<p class=\"muted\" style=\"margin:12px 0 4px;").Append(Muted).Append("font-weight:bold;\">Sources</p>\n<ul class=\"sources\" style=\"margin:0;padding-left:22px;\">\n");
        foreach (var member in story.Members)
        {
            Source(html, digest, member);
        }

        html.Append("</ul>\n");
        CloseCard(html);
    }

    private static void Source(StringBuilder html, Digest digest, StoryMember member)
    {
        var title = member.Briefing.Title ?? member.Text?.Title ?? member.Briefing.Source;
        html.Append("<li class=\"muted\" style=\"margin:0 0 4px;").Append(Muted).Append("\">");
        if (member.Link is { } link)
        {
            html.Append("<a class=\"link\" style=\"").Append(Link).Append("\" href=\"").Append(E(link.AbsoluteUri)).Append("\">").Append(E(title)).Append("</a> — ").Append(E(member.Outlet));
        }
        else
        {
            html.Append(E(title)).Append(" — inbox file ").Append(E(member.Briefing.Source));
        }

        if (member.Briefing.PublishedAt is { } published)
        {
            html.Append(", ").Append(E(digest.Time(published)));
        }

        html.Append(" · <a class=\"link\" style=\"").Append(Link).Append("\" href=\"../briefings/").Append(E(Uri.EscapeDataString(member.Stem))).Append(".md\">its briefing</a></li>\n");
    }

    private static void Check(StringBuilder html, GroundingDocument? grounding)
    {
        var flagged = grounding is { Unsupported.Count: > 0 };
        html.Append("<div class=\"").Append(flagged ? "flag" : "fine").Append("\" style=\"margin:8px 0 0;").Append(flagged ? Flag : Fine).Append("\">").Append(E(DigestWording.Check(grounding)));
        if (flagged && grounding is not null)
        {
            html.Append("<ul style=\"margin:4px 0 0;padding-left:20px;\">");
            foreach (var item in grounding.Unsupported)
            {
                html.Append("<li class=\"unsupported\">").Append(E(DigestWording.Item(item))).Append("</li>");
            }

            html.Append("</ul>");
        }

        html.Append("</div>\n");
    }

    private static void NotBriefed(StringBuilder html, Digest digest)
    {
        if (digest.Failures.Count > 0)
        {
            OpenCard(html, "not-briefed");
            html.Append("<h2 class=\"text\" style=\"margin:0 0 8px;").Append(Text).Append("font-size:20px;\">Not briefed</h2>\n<p class=\"muted\" style=\"margin:0 0 8px;").Append(Muted).Append("\">")
                .Append(E(DigestWording.FailuresIntro)).Append("</p>\n<ul style=\"margin:0;padding-left:22px;\">\n");
            foreach (var failure in digest.Failures)
            {
                html.Append("<li class=\"muted\" style=\"margin:0 0 4px;").Append(Muted).Append("\"><strong>").Append(E(failure.Source)).Append("</strong>: ").Append(E(failure.Reason)).Append("</li>\n");
            }

            html.Append("</ul>\n");
            CloseCard(html);
        }

        if (digest.Pending.Count > 0)
        {
            OpenCard(html, "pending");
            html.Append("<h2 class=\"text\" style=\"margin:0 0 8px;").Append(Text).Append("font-size:20px;\">To be retried</h2>\n<p class=\"muted\" style=\"margin:0 0 8px;").Append(Muted).Append("\">")
                .Append(E(DigestWording.PendingIntro)).Append("</p>\n<ul style=\"margin:0;padding-left:22px;\">\n");
            foreach (var pending in digest.Pending)
            {
                html.Append("<li class=\"muted\" style=\"margin:0 0 4px;").Append(Muted).Append("\"><strong>").Append(E(pending.Source)).Append("</strong> (")
                    .Append(E(DigestWording.Attempt(pending))).Append("): ").Append(E(pending.Reason)).Append("</li>\n");
            }

            html.Append("</ul>\n");
            CloseCard(html);
        }
    }

    private static void Totals(StringBuilder html, Digest digest)
    {
        OpenCard(html, "totals");
        html.Append("<h2 class=\"text\" style=\"margin:0 0 8px;").Append(Text).Append("font-size:20px;\">Totals</h2>\n<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"width:100%;\">\n");
        foreach (var (label, value) in DigestTotals.Of(digest).Lines())
        {
            html.Append("<tr><td class=\"muted\" style=\"padding:2px 12px 2px 0;vertical-align:top;white-space:nowrap;").Append(Muted).Append("\">").Append(E(label))
                .Append("</td><td class=\"text\" style=\"padding:2px 0;").Append(Text).Append("font-size:15px;\">").Append(E(value)).Append("</td></tr>\n");
        }

        html.Append("</table>\n");
        var engines = digest.Briefings.Select(b => DigestWording.Engine(b.Document.Engine)).Distinct(StringComparer.Ordinal).ToList();
        if (engines.Count > 0)
        {
            html.Append("<p class=\"muted\" style=\"margin:8px 0 0;").Append(Muted).Append("\">Written by ").Append(E(string.Join(" and ", engines))).Append(".</p>\n");
        }

        CloseCard(html);
    }

    private static void OpenCard(StringBuilder html, string id) =>
        html.Append("<tr><td style=\"padding:0 0 16px;\"><table role=\"presentation\" id=\"").Append(id).Append("\" class=\"card\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"")
            .Append(Card).Append("\"><tr><td class=\"pad\" style=\"").Append(Padding).Append("\">\n");

    private static void CloseCard(StringBuilder html) => html.Append("</td></tr></table></td></tr>\n");

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
