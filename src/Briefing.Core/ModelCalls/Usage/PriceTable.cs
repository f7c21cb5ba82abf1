using Microsoft.Extensions.Options;

namespace Briefing.ModelCalls.Usage;

/// <summary>Looks up a model's price and computes the cost of a call.</summary>
internal sealed class PriceTable(IOptions<UsageOptions> options)
{
    private const decimal Million = 1_000_000m;

    /// <summary>The cost in US dollars, or null when the model is not in the table (unknown is not free).</summary>
    public decimal? Cost(string model, int promptTokens, int completionTokens)
    {
        var price = options.Value.Prices.FirstOrDefault(p => string.Equals(p.Model, model, StringComparison.OrdinalIgnoreCase));
        return price is null ? null : Math.Round(((promptTokens * price.InputPerMillion) + (completionTokens * price.OutputPerMillion)) / Million, 8);
    }
}
