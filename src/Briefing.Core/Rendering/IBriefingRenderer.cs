using Briefing.Briefings;

namespace Briefing.Rendering;

/// <summary>Renders a finished briefing in one output format.</summary>
internal interface IBriefingRenderer
{
    OutputFormat Format { get; }

    string Render(BriefingResult result);
}
