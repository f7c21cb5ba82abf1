using System.Globalization;
using Briefing.State;
using Microsoft.Data.Sqlite;

namespace Briefing.Delivery.Sending;

/// <summary>The deliveries table in the worker's state database: which digest went to which target, and what failed.</summary>
/// <remarks>
/// A delivery is claimed as Sending (in its own committed transaction) just before it is sent and marked Sent just
/// after, so a process killed in between leaves Sending behind: a later run takes it once the mark is old enough to
/// be a crashed run's, and sends once more with the same Message-Id. Times are stored as UTC ISO 8601, which sorts.
/// The table is part of <see cref="StateDatabase"/>'s schema and used through its connections, so an unusable database
/// fails here with the same one line as everywhere; those connections commit with synchronous=FULL, so Sending is on
/// disk before the message leaves.
/// </remarks>
internal sealed class DeliveryStateStore(StateDatabase database)
{
    /// <summary>Adds a Pending delivery per target for a new digest; a target it already has is left as it is.</summary>
    public Task EnqueueAsync(string digest, IEnumerable<DeliveryTarget> targets, DateTimeOffset at, CancellationToken cancellationToken) => database.UseAsync(async connection =>
    {
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        foreach (var target in targets)
        {
            await using var command = Command(connection, "INSERT OR IGNORE INTO deliveries (digest, target, status, attempts, updated_at) VALUES ($d, $t, 'Pending', 0, $at)", digest, target.Id, at);
            command.Transaction = transaction;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }, cancellationToken);

    /// <summary>Deliveries not sent yet with attempts left, oldest digest first.</summary>
    public Task<IReadOnlyList<PendingDelivery>> PendingAsync(int maxAttempts, CancellationToken cancellationToken) => database.UseAsync<IReadOnlyList<PendingDelivery>>(async connection =>
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT digest, target, status, attempts FROM deliveries WHERE status IN ('Pending', 'Sending', 'Failed') AND attempts < $max ORDER BY digest, target";
        command.Parameters.AddWithValue("$max", maxAttempts);
        var rows = new List<PendingDelivery>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new PendingDelivery(reader.GetString(0), reader.GetString(1), Enum.Parse<DeliveryStatus>(reader.GetString(2)), reader.GetInt32(3)));
        }

        return rows;
    }, cancellationToken);

    public Task<DeliveryStatus?> StatusAsync(string digest, string target, CancellationToken cancellationToken) => database.UseAsync<DeliveryStatus?>(async connection =>
    {
        await using var command = Command(connection, "SELECT status FROM deliveries WHERE digest=$d AND target=$t", digest, target, null);
        return await command.ExecuteScalarAsync(cancellationToken) is string status ? Enum.Parse<DeliveryStatus>(status) : null;
    }, cancellationToken);

    /// <summary>
    /// Takes a pending delivery for this process, committed before the attempt is made, and returns the attempt's number;
    /// null when another process is sending it (a Sending mark newer than <paramref name="abandonedBefore"/>).
    /// </summary>
    /// <remarks>One conditional UPDATE, so two processes can never both take it; an older Sending mark is a crashed run's.</remarks>
    public Task<int?> ClaimAsync(string digest, string target, DateTimeOffset at, DateTimeOffset abandonedBefore, CancellationToken cancellationToken) => database.UseAsync<int?>(async connection =>
    {
        await using (var claim = Command(connection, """
            UPDATE deliveries SET status='Sending', attempts=attempts + 1, updated_at=$at
            WHERE digest=$d AND target=$t AND (status IN ('Pending', 'Failed') OR (status='Sending' AND updated_at < $abandoned))
            """, digest, target, at))
        {
            claim.Parameters.AddWithValue("$abandoned", abandonedBefore.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
            if (await claim.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                return null;
            }
        }

        await using var select = Command(connection, "SELECT attempts FROM deliveries WHERE digest=$d AND target=$t", digest, target, null);
        return Convert.ToInt32(await select.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }, cancellationToken);

    /// <summary>Records an attempt by hand (<c>briefing deliver</c>), whatever the delivery's state, and returns its number.</summary>
    public Task<int> MarkSendingAsync(string digest, string target, DateTimeOffset at, CancellationToken cancellationToken) => database.UseAsync<int>(async connection =>
    {
        await using (var upsert = Command(connection, """
            INSERT INTO deliveries (digest, target, status, attempts, updated_at) VALUES ($d, $t, 'Sending', 1, $at)
            ON CONFLICT (digest, target) DO UPDATE SET status='Sending', attempts=attempts + 1, updated_at=$at
            """, digest, target, at))
        {
            await upsert.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var select = Command(connection, "SELECT attempts FROM deliveries WHERE digest=$d AND target=$t", digest, target, null);
        return Convert.ToInt32(await select.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }, cancellationToken);

    public Task MarkSentAsync(string digest, string target, DateTimeOffset at, CancellationToken cancellationToken) =>
        SetAsync(digest, target, DeliveryStatus.Sent, null, at, cancellationToken);

    public Task MarkFailedAsync(string digest, string target, string reason, bool gaveUp, DateTimeOffset at, CancellationToken cancellationToken) =>
        SetAsync(digest, target, gaveUp ? DeliveryStatus.GaveUp : DeliveryStatus.Failed, reason, at, cancellationToken);

    /// <summary>How many briefings and failures the worker listed in this digest; nulls when the database does not know it.</summary>
    public Task<(int? Articles, int? Failures)> CountsAsync(string digest, CancellationToken cancellationToken) => database.UseAsync<(int? Articles, int? Failures)>(async connection =>
    {
        try
        {
            await using var command = Command(connection, "SELECT (SELECT COUNT(*) FROM briefings WHERE digest=$d), (SELECT COUNT(*) FROM failures WHERE digest=$d)", digest, string.Empty, null);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken) && reader.GetInt32(0) + reader.GetInt32(1) > 0)
            {
                return (reader.GetInt32(0), reader.GetInt32(1));
            }
        }
        catch (SqliteException)
        {
            // A database the worker has not used yet has no briefings table; the subject then goes without counts.
        }

        return (null, null);
    }, cancellationToken);

    private Task SetAsync(string digest, string target, DeliveryStatus status, string? reason, DateTimeOffset at, CancellationToken cancellationToken) => database.UseAsync(async connection =>
    {
        await using var command = Command(connection, "UPDATE deliveries SET status=$s, reason=$r, updated_at=$at WHERE digest=$d AND target=$t", digest, target, at);
        command.Parameters.AddWithValue("$s", status.ToString());
        command.Parameters.AddWithValue("$r", (object?)reason ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }, cancellationToken);

    private static SqliteCommand Command(SqliteConnection connection, string sql, string digest, string target, DateTimeOffset? at)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$d", digest);
        command.Parameters.AddWithValue("$t", target);
        if (at is { } time)
        {
            command.Parameters.AddWithValue("$at", time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        }

        return command;
    }
}
