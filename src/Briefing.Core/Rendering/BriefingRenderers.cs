namespace Briefing.Rendering;

/// <summary>Picks the renderer for an output format.</summary>
internal sealed class BriefingRenderers(IEnumerable<IBriefingRenderer> renderers)
{
    private readonly Dictionary<OutputFormat, IBriefingRenderer> _byFormat = renderers.ToDictionary(r => r.Format);

    public IBriefingRenderer For(OutputFormat format) =>
        _byFormat.TryGetValue(format, out var renderer) ? renderer : throw new ArgumentOutOfRangeException(nameof(format), format, "No renderer for this format.");
}
