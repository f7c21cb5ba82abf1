using System.Globalization;
using Briefing.Sources;
using Briefing.Worker;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Briefing.State;

/// <summary>The worker's memory in SQLite (WAL): what was briefed with which prompt and model, feed validators, failures.</summary>
/// <remarks>
/// Every write is its own transaction, so a process killed at any point leaves a consistent database; a briefing is
/// first reserved (its file name fixed), then confirmed once its files are on disk, so a rerun rewrites the same files.
/// </remarks>
public sealed class BriefingStateStore(IOptions<WorkerOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _init = new(1, 1);
    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = Path.GetFullPath(options.Value.StateDatabase),
        Mode = SqliteOpenMode.ReadWriteCreate,
        DefaultTimeout = 30,
    }.ToString();

    private bool _initialized;

    public async Task<StoredBriefing?> FindAsync(BriefingKey key, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, "SELECT source, file_stem, status FROM briefings WHERE content_hash=$h AND prompt_version=$p AND model=$m", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new StoredBriefing(key, reader.GetString(0), reader.GetString(1), Enum.Parse<BriefingStatus>(reader.GetString(2)))
            : null;
    }

    /// <summary>Fixes the file stem for a briefing; a briefing reserved by an interrupted run keeps its stem.</summary>
    public async Task<string> ReserveAsync(BriefingKey key, string source, string fileStem, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using (var insert = Command(connection, """
            INSERT OR IGNORE INTO briefings (content_hash, prompt_version, model, source, file_stem, status)
            VALUES ($h, $p, $m, $source, $stem, 'Writing')
            """, key))
        {
            insert.Parameters.AddWithValue("$source", source);
            insert.Parameters.AddWithValue("$stem", fileStem);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var select = Command(connection, "SELECT file_stem FROM briefings WHERE content_hash=$h AND prompt_version=$p AND model=$m", key);
        return (string)(await select.ExecuteScalarAsync(cancellationToken) ?? fileStem);
    }

    public async Task MarkBriefedAsync(BriefingKey key, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = Command(connection, "UPDATE briefings SET status='Briefed', briefed_at=$at WHERE content_hash=$h AND prompt_version=$p AND model=$m", key);
        command.Parameters.AddWithValue("$at", at.ToString("O", CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Briefings not yet listed in a digest, including those of a run that was interrupted before its digest.</summary>
    public async Task<IReadOnlyList<StoredBriefing>> UndigestedAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT content_hash, prompt_version, model, source, file_stem FROM briefings
            WHERE status='Briefed' AND digest IS NULL ORDER BY file_stem
            """;
        var rows = new List<StoredBriefing>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var key = new BriefingKey(reader.GetString(0), reader.GetString(1), reader.GetString(2));
            rows.Add(new StoredBriefing(key, reader.GetString(3), reader.GetString(4), BriefingStatus.Briefed));
        }

        return rows;
    }

    public async Task RecordFailureAsync(SourceFailure failure, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO failures (source, reason, failed_at) VALUES ($source, $reason, $at)";
        command.Parameters.AddWithValue("$source", failure.Source);
        command.Parameters.AddWithValue("$reason", failure.Reason);
        command.Parameters.AddWithValue("$at", at.ToString("O", CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<SourceFailure>> UndigestedFailuresAsync(CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT source, reason FROM failures WHERE digest IS NULL ORDER BY id";
        var rows = new List<SourceFailure>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new SourceFailure(reader.GetString(0), reader.GetString(1)));
        }

        return rows;
    }

    /// <summary>Marks everything undigested as listed in <paramref name="digest"/>, in one transaction.</summary>
    public async Task MarkDigestedAsync(IReadOnlyList<StoredBriefing> briefings, string digest, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        foreach (var briefing in briefings)
        {
            await using var command = Command(connection, "UPDATE briefings SET digest=$d WHERE content_hash=$h AND prompt_version=$p AND model=$m", briefing.Key);
            command.Transaction = transaction;
            command.Parameters.AddWithValue("$d", digest);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var failures = connection.CreateCommand())
        {
            failures.Transaction = transaction;
            failures.CommandText = "UPDATE failures SET digest=$d WHERE digest IS NULL";
            failures.Parameters.AddWithValue("$d", digest);
            await failures.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<FeedValidators?> FeedValidatorsAsync(Uri feed, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT etag, last_modified FROM feeds WHERE url=$url";
        command.Parameters.AddWithValue("$url", feed.ToString());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new FeedValidators(reader.IsDBNull(0) ? null : reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1))
            : null;
    }

    public async Task SaveFeedValidatorsAsync(Uri feed, FeedValidators validators, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT OR REPLACE INTO feeds (url, etag, last_modified) VALUES ($url, $etag, $lm)";
        command.Parameters.AddWithValue("$url", feed.ToString());
        command.Parameters.AddWithValue("$etag", (object?)validators.ETag ?? DBNull.Value);
        command.Parameters.AddWithValue("$lm", (object?)validators.LastModified ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Whether a feed item was briefed with this prompt and model, so its page need not be fetched again.</summary>
    public async Task<bool> IsFeedItemBriefedAsync(Uri feed, string itemId, string promptVersion, string model, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = FeedItemCommand(connection, "SELECT 1 FROM feed_items WHERE feed=$feed AND item=$item AND prompt_version=$p AND model=$m", feed, itemId, promptVersion, model);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    public async Task RecordFeedItemAsync(Uri feed, string itemId, BriefingKey key, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = FeedItemCommand(
            connection, "INSERT OR REPLACE INTO feed_items (feed, item, prompt_version, model, content_hash) VALUES ($feed, $item, $p, $m, $h)",
            feed, itemId, key.PromptVersion, key.Model);
        command.Parameters.AddWithValue("$h", key.ContentHash);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public void Dispose() => _init.Dispose();

    private static SqliteCommand Command(SqliteConnection connection, string sql, BriefingKey key)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$h", key.ContentHash);
        command.Parameters.AddWithValue("$p", key.PromptVersion);
        command.Parameters.AddWithValue("$m", key.Model);
        return command;
    }

    private static SqliteCommand FeedItemCommand(SqliteConnection connection, string sql, Uri feed, string itemId, string promptVersion, string model)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$feed", feed.ToString());
        command.Parameters.AddWithValue("$item", itemId);
        command.Parameters.AddWithValue("$p", promptVersion);
        command.Parameters.AddWithValue("$m", model);
        return command;
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_initialized)
        {
            await InitializeAsync(cancellationToken);
        }

        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        // FULL makes each commit durable before the inbox file moves; the cost is one fsync per article.
        pragma.CommandText = "PRAGMA synchronous=FULL;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    private async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await _init.WaitAsync(cancellationToken);
        try
        {
            if (_initialized)
            {
                return;
            }

            if (Path.GetDirectoryName(Path.GetFullPath(options.Value.StateDatabase)) is { } folder)
            {
                Directory.CreateDirectory(folder);
            }

            await using var connection = new SqliteConnection(_connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = """
                PRAGMA journal_mode=WAL;
                CREATE TABLE IF NOT EXISTS briefings (
                    content_hash TEXT NOT NULL, prompt_version TEXT NOT NULL, model TEXT NOT NULL,
                    source TEXT NOT NULL, file_stem TEXT NOT NULL, status TEXT NOT NULL,
                    briefed_at TEXT NULL, digest TEXT NULL,
                    PRIMARY KEY (content_hash, prompt_version, model));
                CREATE TABLE IF NOT EXISTS failures (
                    id INTEGER PRIMARY KEY AUTOINCREMENT, source TEXT NOT NULL, reason TEXT NOT NULL,
                    failed_at TEXT NOT NULL, digest TEXT NULL);
                CREATE TABLE IF NOT EXISTS feeds (url TEXT PRIMARY KEY, etag TEXT NULL, last_modified TEXT NULL);
                CREATE TABLE IF NOT EXISTS feed_items (
                    feed TEXT NOT NULL, item TEXT NOT NULL, prompt_version TEXT NOT NULL, model TEXT NOT NULL,
                    content_hash TEXT NOT NULL, PRIMARY KEY (feed, item, prompt_version, model));
                """;
            await command.ExecuteNonQueryAsync(cancellationToken);
            _initialized = true;
        }
        finally
        {
            _init.Release();
        }
    }
}
