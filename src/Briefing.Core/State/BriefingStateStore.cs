using System.Globalization;
using Briefing.Worker;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Briefing.State;

/// <summary>The worker's memory in SQLite (WAL): what was briefed with which prompt and model, feed validators, failures.</summary>
/// <remarks>
/// Every write is its own transaction, so a process killed at any point leaves a consistent database; a briefing is
/// first reserved (its file name fixed), then confirmed once its files are on disk, so a rerun rewrites the same files.
/// </remarks>
internal sealed class BriefingStateStore(StateDatabase database, IOptions<WorkerOptions> options)
{
    /// <summary>Opens (creating if needed) the database, so a pass that cannot use it stops before it reads or moves anything.</summary>
    public Task CheckAsync(CancellationToken cancellationToken) => database.UseAsync(_ => Task.CompletedTask, cancellationToken);

    public Task<StoredBriefing?> FindAsync(BriefingKey key, CancellationToken cancellationToken) => database.UseAsync(async connection =>
    {
        await using var command = Command(connection, "SELECT source, file_stem, status FROM briefings WHERE content_hash=$h AND prompt_version=$p AND model=$m", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new StoredBriefing(key, reader.GetString(0), reader.GetString(1), Enum.Parse<BriefingStatus>(reader.GetString(2)))
            : null;
    }, cancellationToken);

    /// <summary>Fixes the file stem for a briefing; a briefing reserved by an interrupted run keeps its stem.</summary>
    public Task<string> ReserveAsync(BriefingKey key, string source, string fileStem, CancellationToken cancellationToken) => database.UseAsync(async connection =>
    {
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
    }, cancellationToken);

    public Task MarkBriefedAsync(BriefingKey key, DateTimeOffset at, CancellationToken cancellationToken) => database.UseAsync(async connection =>
    {
        await using var command = Command(connection, "UPDATE briefings SET status='Briefed', briefed_at=$at WHERE content_hash=$h AND prompt_version=$p AND model=$m", key);
        command.Parameters.AddWithValue("$at", at.ToString("O", CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }, cancellationToken);

    /// <summary>Briefings not yet listed in a digest, including those of a run that was interrupted before its digest.</summary>
    public Task<IReadOnlyList<StoredBriefing>> UndigestedAsync(CancellationToken cancellationToken) => database.UseAsync<IReadOnlyList<StoredBriefing>>(async connection =>
    {
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
    }, cancellationToken);

    public Task RecordFailureAsync(SourceFailure failure, DateTimeOffset at, CancellationToken cancellationToken) =>
        InsertFailureAsync(failure.Source, failure.Reason, pending: 0, at, cancellationToken);

    /// <summary>Records that an article was left for a later pass, so the digest lists it apart from the failures.</summary>
    public Task RecordPendingAsync(PendingFailure pending, DateTimeOffset at, CancellationToken cancellationToken) =>
        InsertFailureAsync(pending.Source, pending.Reason, pending.Attempt, at, cancellationToken);

    public Task<IReadOnlyList<SourceFailure>> UndigestedFailuresAsync(CancellationToken cancellationToken) => database.UseAsync<IReadOnlyList<SourceFailure>>(async connection =>
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT source, reason FROM failures WHERE digest IS NULL AND pending=0 ORDER BY id";
        var rows = new List<SourceFailure>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new SourceFailure(reader.GetString(0), reader.GetString(1)));
        }

        return rows;
    }, cancellationToken);

    /// <summary>Articles left for a later pass since the last digest, in the order they were recorded.</summary>
    public Task<IReadOnlyList<PendingFailure>> UndigestedPendingAsync(CancellationToken cancellationToken) => database.UseAsync<IReadOnlyList<PendingFailure>>(async connection =>
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT source, reason, pending FROM failures WHERE digest IS NULL AND pending>0 ORDER BY id";
        var rows = new List<PendingFailure>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new PendingFailure(reader.GetString(0), reader.GetString(1), reader.GetInt32(2), options.Value.MaxAttempts));
        }

        return rows;
    }, cancellationToken);

    /// <summary>Counts one more failed attempt at <paramref name="item"/> (an inbox path or a feed item) and returns the count.</summary>
    public Task<int> RecordAttemptAsync(string item, string reason, DateTimeOffset at, CancellationToken cancellationToken) => database.UseAsync(async connection =>
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO attempts (item, attempts, last_reason, last_at) VALUES ($item, 1, $reason, $at)
            ON CONFLICT(item) DO UPDATE SET attempts=attempts+1, last_reason=$reason, last_at=$at;
            SELECT attempts FROM attempts WHERE item=$item;
            """;
        command.Parameters.AddWithValue("$item", item);
        command.Parameters.AddWithValue("$reason", reason);
        command.Parameters.AddWithValue("$at", at.ToString("O", CultureInfo.InvariantCulture));
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }, cancellationToken);

    /// <summary>Marks <paramref name="item"/> as quarantined (a feed item is not fetched again) or, with false, forgets its attempts once briefed.</summary>
    public Task SetQuarantinedAsync(string item, bool quarantined, CancellationToken cancellationToken) => database.UseAsync(async connection =>
    {
        await using var command = connection.CreateCommand();
        command.CommandText = quarantined
            ? "INSERT INTO attempts (item, attempts, quarantined) VALUES ($item, 0, 1) ON CONFLICT(item) DO UPDATE SET quarantined=1"
            : "DELETE FROM attempts WHERE item=$item";
        command.Parameters.AddWithValue("$item", item);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }, cancellationToken);

    public Task<bool> IsQuarantinedAsync(string item, CancellationToken cancellationToken) => database.UseAsync(async connection =>
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM attempts WHERE item=$item AND quarantined=1";
        command.Parameters.AddWithValue("$item", item);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }, cancellationToken);

    /// <summary>Marks everything undigested as listed in <paramref name="digest"/>, in one transaction.</summary>
    public Task MarkDigestedAsync(IReadOnlyList<StoredBriefing> briefings, string digest, CancellationToken cancellationToken) => database.UseAsync(async connection =>
    {
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
    }, cancellationToken);

    public Task<FeedValidators?> FeedValidatorsAsync(Uri feed, CancellationToken cancellationToken) => database.UseAsync(async connection =>
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT etag, last_modified FROM feeds WHERE url=$url";
        command.Parameters.AddWithValue("$url", feed.ToString());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new FeedValidators(reader.IsDBNull(0) ? null : reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1))
            : null;
    }, cancellationToken);

    public Task SaveFeedValidatorsAsync(Uri feed, FeedValidators validators, CancellationToken cancellationToken) => database.UseAsync(async connection =>
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT OR REPLACE INTO feeds (url, etag, last_modified) VALUES ($url, $etag, $lm)";
        command.Parameters.AddWithValue("$url", feed.ToString());
        command.Parameters.AddWithValue("$etag", (object?)validators.ETag ?? DBNull.Value);
        command.Parameters.AddWithValue("$lm", (object?)validators.LastModified ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }, cancellationToken);

    /// <summary>Whether a feed item was briefed with this prompt and model, so its page need not be fetched again.</summary>
    public Task<bool> IsFeedItemBriefedAsync(Uri feed, string itemId, string promptVersion, string model, CancellationToken cancellationToken) => database.UseAsync(async connection =>
    {
        await using var command = FeedItemCommand(connection, "SELECT 1 FROM feed_items WHERE feed=$feed AND item=$item AND prompt_version=$p AND model=$m", feed, itemId, promptVersion, model);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }, cancellationToken);

    public Task RecordFeedItemAsync(Uri feed, string itemId, BriefingKey key, CancellationToken cancellationToken) => database.UseAsync(async connection =>
    {
        await using var command = FeedItemCommand(
            connection, "INSERT OR REPLACE INTO feed_items (feed, item, prompt_version, model, content_hash) VALUES ($feed, $item, $p, $m, $h)",
            feed, itemId, key.PromptVersion, key.Model);
        command.Parameters.AddWithValue("$h", key.ContentHash);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }, cancellationToken);

    private Task InsertFailureAsync(string source, string reason, int pending, DateTimeOffset at, CancellationToken cancellationToken) => database.UseAsync(async connection =>
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO failures (source, reason, failed_at, pending) VALUES ($source, $reason, $at, $pending)";
        command.Parameters.AddWithValue("$source", source);
        command.Parameters.AddWithValue("$reason", reason);
        command.Parameters.AddWithValue("$at", at.ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$pending", pending);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }, cancellationToken);

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
}
