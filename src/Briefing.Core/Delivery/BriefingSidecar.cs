using System.Text.Json;
using Briefing.Rendering;

namespace Briefing.Delivery;

/// <summary>Reads a briefing's JSON side-car back, so a digest can list briefings written by an earlier, interrupted run.</summary>
internal sealed class BriefingSidecar(OutputLayout layout)
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public async Task<BriefingDocument> ReadAsync(string stem, CancellationToken cancellationToken)
    {
        var path = layout.BriefingJson(stem);
        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<BriefingDocument>(stream, Options, cancellationToken)
            ?? throw new IOException($"Briefing side-car '{path}' is empty.");
    }
}
