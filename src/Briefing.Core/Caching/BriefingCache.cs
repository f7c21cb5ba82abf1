using System.Text.Json;
using Briefing.Briefings;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Caching;

/// <summary>Stores model briefings in a SQLite file so the same article, prompt, model and settings never pay for a second call.</summary>
/// <remarks>
/// The CLI and the worker may use the file at once, hence WAL mode and the busy timeout. The cache only saves money:
/// when the file cannot be used the briefing is still written, with a warning, because failing the article would be worse.
/// </remarks>
internal sealed partial class BriefingCache(IOptions<CacheOptions> options, TimeProvider time, ILogger<BriefingCache> logger)
{
    private const string Schema = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS briefings (
            key TEXT PRIMARY KEY,
            payload TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            last_used_at INTEGER NOT NULL);
        CREATE INDEX IF NOT EXISTS briefings_last_used ON briefings (last_used_at);
        """;

    public bool Enabled => options.Value.Enabled;

    public async Task<BriefingDraft?> TryGetAsync(string key, CancellationToken cancellationToken)
    {
        if (!Enabled)
        {
            return null;
        }

        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var read = Command(connection, "SELECT payload FROM briefings WHERE key = $key", key);
            if (await read.ExecuteScalarAsync(cancellationToken) is not string payload)
            {
                return null;
            }

            await using var touch = Command(connection, "UPDATE briefings SET last_used_at = $now WHERE key = $key", key);
            await touch.ExecuteNonQueryAsync(cancellationToken);
            var cached = JsonSerializer.Deserialize<CachedBriefing>(payload);
            return cached is null ? null : new BriefingDraft(cached.Content, cached.Engine, ModelUsage.FromCache) { Revised = cached.Revised, CacheKey = key };
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException or JsonException)
        {
            LogUnavailable(logger, options.Value.ResolvedPath, e.Message);
            return null;
        }
    }

    public async Task StoreAsync(string key, BriefingDraft draft, CancellationToken cancellationToken)
    {
        if (!Enabled)
        {
            return;
        }

        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var insert = Command(
                connection,
                "INSERT OR REPLACE INTO briefings (key, payload, created_at, last_used_at) VALUES ($key, $payload, $now, $now)",
                key);
            insert.Parameters.AddWithValue("$payload", JsonSerializer.Serialize(new CachedBriefing(draft.Content, draft.Engine, draft.Revised)));
            await insert.ExecuteNonQueryAsync(cancellationToken);

            await using var evict = connection.CreateCommand();
            evict.CommandText = "DELETE FROM briefings WHERE key IN (SELECT key FROM briefings ORDER BY last_used_at DESC, rowid DESC LIMIT -1 OFFSET $max)";
            evict.Parameters.AddWithValue("$max", options.Value.MaxEntries);
            await evict.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
        {
            LogUnavailable(logger, options.Value.ResolvedPath, e.Message);
        }
    }

    /// <summary>Entries in the cache, for tests and diagnostics.</summary>
    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM briefings";
        return Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var path = options.Value.ResolvedPath;
        Directory.CreateDirectory(Path.GetDirectoryName(path) ?? ".");
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 30,
        }.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var schema = connection.CreateCommand();
        schema.CommandText = Schema;
        await schema.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    private SqliteCommand Command(SqliteConnection connection, string sql, string key)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$key", key);
        if (sql.Contains("$now", StringComparison.Ordinal))
        {
            command.Parameters.AddWithValue("$now", time.GetUtcNow().ToUnixTimeMilliseconds());
        }

        return command;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The briefing cache at {Path} cannot be used ({Reason}); continuing without it.")]
    private static partial void LogUnavailable(ILogger logger, string path, string reason);
}
