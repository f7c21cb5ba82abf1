namespace Briefing.App.Configuration;

/// <summary>One configuration source as the user knows it: its label in <c>config show</c> and, for a file, its full path.</summary>
internal sealed record ConfigurationLayer(string Label, string? FilePath);
