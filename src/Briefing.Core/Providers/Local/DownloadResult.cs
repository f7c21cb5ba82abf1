namespace Briefing.Providers.Local;

/// <summary>An installed download: where it is, its SHA-256, and whether that was checked against a known value.</summary>
internal sealed record DownloadResult(string Path, long Bytes, string Sha256, bool Verified, bool Resumed);
