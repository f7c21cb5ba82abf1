using Briefing.Worker;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Briefing.State;

/// <summary>The worker's SQLite file (WAL): its schema, its connections, and one clear error when it cannot be used.</summary>
/// <remarks>
/// Every way the database can be unusable (not a database, damaged, a full disk, a folder that cannot be created)
/// reaches the pass as one <see cref="StateStoreException"/> that names the file; the pass stops, since it could not
/// remember what it did.
/// </remarks>
internal sealed class StateDatabase(IOptions<WorkerOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _init = new(1, 1);
    private readonly string _path = Path.GetFullPath(options.Value.StateDatabase);
    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = Path.GetFullPath(options.Value.StateDatabase),
        Mode = SqliteOpenMode.ReadWriteCreate,
        DefaultTimeout = 30,
    }.ToString();

    private bool _initialized;

    /// <summary>Runs <paramref name="work"/> on a fresh connection; database and file-system errors become a <see cref="StateStoreException"/>.</summary>
    public async Task<T> UseAsync<T>(Func<SqliteConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            return await work(connection);
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException)
        {
            throw StateStoreException.For(_path, e);
        }
    }

    public Task UseAsync(Func<SqliteConnection, Task> work, CancellationToken cancellationToken) => UseAsync(async connection =>
    {
        await work(connection);
        return true;
    }, cancellationToken);

    public void Dispose() => _init.Dispose();

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_initialized)
        {
            await InitializeAsync(cancellationToken);
        }

        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var pragma = connection.CreateCommand();
            // FULL makes each commit durable before the inbox file moves; the cost is one fsync per article.
            pragma.CommandText = "PRAGMA synchronous=FULL;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
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

            if (Path.GetDirectoryName(_path) is { } folder)
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
                    failed_at TEXT NOT NULL, digest TEXT NULL, pending INTEGER NOT NULL DEFAULT 0);
                CREATE TABLE IF NOT EXISTS feeds (url TEXT PRIMARY KEY, etag TEXT NULL, last_modified TEXT NULL);
                CREATE TABLE IF NOT EXISTS feed_items (
                    feed TEXT NOT NULL, item TEXT NOT NULL, prompt_version TEXT NOT NULL, model TEXT NOT NULL,
                    content_hash TEXT NOT NULL, PRIMARY KEY (feed, item, prompt_version, model));
                CREATE TABLE IF NOT EXISTS attempts (
                    item TEXT PRIMARY KEY, attempts INTEGER NOT NULL, last_reason TEXT NULL, last_at TEXT NULL,
                    quarantined INTEGER NOT NULL DEFAULT 0);
                CREATE TABLE IF NOT EXISTS story_articles (
                    file_stem TEXT PRIMARY KEY, title TEXT NULL, source TEXT NOT NULL, body TEXT NOT NULL, published_at TEXT NULL);
                CREATE TABLE IF NOT EXISTS stories (
                    id TEXT PRIMARY KEY, headline TEXT NOT NULL, first_briefed_at TEXT NOT NULL, last_briefed_at TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS story_members (file_stem TEXT PRIMARY KEY, story_id TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS deliveries (
                    digest TEXT NOT NULL, target TEXT NOT NULL, status TEXT NOT NULL, attempts INTEGER NOT NULL,
                    reason TEXT NULL, updated_at TEXT NOT NULL, PRIMARY KEY (digest, target));
                """;
            await command.ExecuteNonQueryAsync(cancellationToken);
            await AddPendingColumnAsync(connection, cancellationToken);
            _initialized = true;
        }
        finally
        {
            _init.Release();
        }
    }

    // A database written before pending articles were recorded lacks the column; 0 reads its rows as plain failures.
    private static async Task AddPendingColumnAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var check = connection.CreateCommand();
        check.CommandText = "SELECT 1 FROM pragma_table_info('failures') WHERE name='pending'";
        if (await check.ExecuteScalarAsync(cancellationToken) is null)
        {
            await using var alter = connection.CreateCommand();
            alter.CommandText = "ALTER TABLE failures ADD COLUMN pending INTEGER NOT NULL DEFAULT 0";
            await alter.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
