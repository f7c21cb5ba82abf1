using System.Text;
using Briefing.Briefings;

namespace Briefing.Rendering;

/// <summary>Plain text for terminals and e-mail: the same content as Markdown without markup.</summary>
internal sealed class TextBriefingRenderer : IBriefingRenderer
{
    public OutputFormat Format => OutputFormat.Text;

    public string Render(BriefingResult result)
    {
        var text = new StringBuilder();
        var title = BriefingHeading.For(result);
        text.AppendLine(title).AppendLine(new string('=', Math.Min(title.Length, 72)));
        text.Append("Source: ").AppendLine(result.Source);
        if (result.Byline is { } byline)
        {
            text.Append("By: ").AppendLine(byline);
        }

        if (result.PublishedAt is { } published)
        {
            text.Append("Published: ").AppendLine(EngineFooter.Date(published));
        }

        text.AppendLine();
        if (result.Engine.Note is { } note)
        {
            text.Append("Note: ").AppendLine(note).AppendLine();
        }

        if (GroundingNote.For(result) is { } check)
        {
            text.Append("Check: ").AppendLine(check).AppendLine();
        }

        text.AppendLine(result.Content.Briefing).AppendLine().AppendLine("Key points:");
        foreach (var point in result.Content.KeyPoints)
        {
            text.Append("  * ").AppendLine(point);
        }

        return text.AppendLine().AppendLine(EngineFooter.Describe(result)).ToString();
    }
}
