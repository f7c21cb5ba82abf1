using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Briefing.Briefings;

namespace Briefing.Rendering;

/// <summary>JSON with stable snake_case field names, documented in the README.</summary>
internal sealed class JsonBriefingRenderer : IBriefingRenderer
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public OutputFormat Format => OutputFormat.Json;

    public string Render(BriefingResult result) => JsonSerializer.Serialize(BriefingDocument.From(result), Options) + "\n";
}
