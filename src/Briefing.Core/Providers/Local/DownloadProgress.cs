namespace Briefing.Providers.Local;

/// <summary>How far a model download has come; <see cref="TotalBytes"/> is null when the server does not say.</summary>
internal sealed record DownloadProgress(long Bytes, long? TotalBytes);
