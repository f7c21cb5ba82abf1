namespace Briefing.App.Configuration;

/// <summary>One effective setting: its key, its value as shown (secrets masked) and the layer it came from.</summary>
internal sealed record ConfiguredValue(string Key, string Value, string Source);
