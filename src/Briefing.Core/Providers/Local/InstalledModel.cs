namespace Briefing.Providers.Local;

/// <summary>A model file in the local model folder.</summary>
internal sealed record InstalledModel(string Name, string Path, long Bytes);
