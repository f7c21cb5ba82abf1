using Briefing.Support;
using Briefing.Worker;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Briefing.State;

public sealed class StateDatabaseTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public async Task UseAsync_DatabaseFromBeforePendingArticles_KeepsItsFailuresAsFailures()
    {
        var path = _folder.Combine("state.db");
        await using (var old = new SqliteConnection($"Data Source={path}"))
        {
            await old.OpenAsync();
            await using var create = old.CreateCommand();
            create.CommandText = """
                CREATE TABLE failures (id INTEGER PRIMARY KEY AUTOINCREMENT, source TEXT NOT NULL, reason TEXT NOT NULL, failed_at TEXT NOT NULL, digest TEXT NULL);
                INSERT INTO failures (source, reason, failed_at) VALUES ('old.txt', 'It was empty.', '2026-03-01T07:00:00Z');
                """;
            await create.ExecuteNonQueryAsync();
        }

        SqliteConnection.ClearAllPools();
        var options = Options.Create(new WorkerOptions { StateDatabase = path });
        using var database = new StateDatabase(options);
        var store = new BriefingStateStore(database, options);

        var failures = await store.UndigestedFailuresAsync(CancellationToken.None);
        var pending = await store.UndigestedPendingAsync(CancellationToken.None);

        Assert.Equal([new SourceFailure("old.txt", "It was empty.")], failures);
        Assert.Empty(pending);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
