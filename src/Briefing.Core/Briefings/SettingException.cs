namespace Briefing.Briefings;

/// <summary>A setting points at something that is not there (a folder, a file); the message names the setting and the fix.</summary>
/// <remarks>A type rather than a wording, so the command line maps it to the configuration exit code without reading messages.</remarks>
internal sealed class SettingException(string setting, string message) : Exception(message)
{
    /// <summary>The configuration key at fault, such as <c>Briefing:Prompts:Directory</c>.</summary>
    public string Setting { get; } = setting;
}
