using System.ComponentModel.DataAnnotations;

namespace Briefing.ModelCalls.Usage;

/// <summary>The price table used to turn token counts into cost.</summary>
/// <remarks>Prices change and differ per contract, so they are data in appsettings.json rather than code.</remarks>
internal sealed class UsageOptions : IValidatableObject
{
    public const string SectionName = "Briefing:Usage";

    public List<ModelPrice> Prices { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var price in Prices)
        {
            if (string.IsNullOrWhiteSpace(price.Model) || price.InputPerMillion < 0 || price.OutputPerMillion < 0)
            {
                yield return new($"Every {SectionName}:Prices entry needs a Model and non-negative InputPerMillion and OutputPerMillion (found '{price.Model}').");
            }
        }
    }
}
