namespace Briefing.Prompts;

/// <summary>Where the prompt templates live.</summary>
internal sealed class PromptOptions
{
    public const string SectionName = "Briefing:Prompts";

    /// <summary>The prompts folder; when empty, the "prompts" folder next to the executable, then in the working directory.</summary>
    public string? Directory { get; set; }
}
