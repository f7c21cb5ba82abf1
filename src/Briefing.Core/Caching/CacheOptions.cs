using System.ComponentModel.DataAnnotations;

namespace Briefing.Caching;

/// <summary>The briefing cache: a SQLite file shared by the CLI and the worker.</summary>
internal sealed class CacheOptions
{
    public const string SectionName = "Briefing:Cache";

    /// <summary>False (or `briefing brief --no-cache`) neither reads nor writes the cache.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The cache file; by default briefing/cache.db in the per-user data folder (~/.local/share on Linux, %LOCALAPPDATA% on Windows).</summary>
    public string? Path { get; set; }

    /// <summary>Entries kept; the least recently used are evicted beyond this.</summary>
    [Range(1, 10_000_000)]
    public int MaxEntries { get; set; } = 5_000;

    public string ResolvedPath
    {
        get
        {
            if (!string.IsNullOrWhiteSpace(Path))
            {
                return System.IO.Path.GetFullPath(Path);
            }

            var data = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
            return System.IO.Path.Combine(string.IsNullOrEmpty(data) ? System.IO.Path.GetTempPath() : data, "briefing", "cache.db");
        }
    }
}
