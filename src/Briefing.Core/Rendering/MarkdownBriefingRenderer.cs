using System.Text;
using Briefing.Briefings;

namespace Briefing.Rendering;

/// <summary>Markdown: title, source and date, the briefing paragraph, key points and a footer naming the engine.</summary>
internal sealed class MarkdownBriefingRenderer : IBriefingRenderer
{
    public OutputFormat Format => OutputFormat.Markdown;

    public string Render(BriefingResult result)
    {
        var md = new StringBuilder();
        md.Append("# ").AppendLine(Escape(BriefingHeading.For(result))).AppendLine();
        md.Append("*Source:* ").Append(Escape(result.Source));
        if (result.Byline is { } byline)
        {
            md.Append(" · *By* ").Append(Escape(byline));
        }

        if (result.PublishedAt is { } published)
        {
            md.Append(" · *Published:* ").Append(EngineFooter.Date(published));
        }

        md.AppendLine().AppendLine();
        if (result.Engine.Note is { } note)
        {
            md.Append("> **Note:** ").AppendLine(Escape(note)).AppendLine();
        }

        if (GroundingNote.For(result) is { } check)
        {
            md.Append("> **Check:** ").AppendLine(Escape(check)).AppendLine();
        }

        md.AppendLine("## Briefing").AppendLine().AppendLine(Escape(result.Content.Briefing)).AppendLine();
        md.AppendLine("## Key points").AppendLine();
        foreach (var point in result.Content.KeyPoints)
        {
            md.Append("- ").AppendLine(Escape(point));
        }

        md.AppendLine().AppendLine("---").Append('*').Append(EngineFooter.Describe(result)).AppendLine("*");
        return md.ToString();
    }

    private static string Escape(string text) => MarkdownText.Escape(text);
}
