namespace Briefing.Rendering;

/// <summary>How a briefing is rendered.</summary>
public enum OutputFormat
{
    Markdown,
    Json,
    Text,
}
