namespace Briefing.Providers.Local;

/// <summary>How far a model download has come; <see cref="TotalBytes"/> is null when the server does not say.</summary>
public sealed record DownloadProgress(long Bytes, long? TotalBytes);
