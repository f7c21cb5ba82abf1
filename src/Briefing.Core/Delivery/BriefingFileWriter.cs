using Briefing.Briefings;
using Briefing.Rendering;

namespace Briefing.Delivery;

/// <summary>Writes one article's briefing as Markdown for staff plus a JSON side-car with the structured result.</summary>
/// <remarks>The side-car is written first: the digest reads it, and the Markdown file appearing signals the pair is complete.</remarks>
internal sealed class BriefingFileWriter(BriefingRenderers renderers, AtomicFileWriter writer, OutputLayout layout)
{
    public async Task WriteAsync(string stem, BriefingResult result, CancellationToken cancellationToken)
    {
        await writer.WriteAsync(layout.BriefingJson(stem), renderers.For(OutputFormat.Json).Render(result), cancellationToken);
        await writer.WriteAsync(layout.BriefingMarkdown(stem), renderers.For(OutputFormat.Markdown).Render(result), cancellationToken);
    }
}
