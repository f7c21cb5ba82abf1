namespace Briefing.ModelCalls.Usage;

/// <summary>One row of the price table: a model id and its US-dollar price per million prompt and completion tokens.</summary>
internal sealed class ModelPrice
{
    public string Model { get; set; } = string.Empty;

    public decimal InputPerMillion { get; set; }

    public decimal OutputPerMillion { get; set; }
}
