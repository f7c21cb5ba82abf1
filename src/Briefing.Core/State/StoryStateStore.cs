using System.Globalization;
using Briefing.Worker;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Briefing.State;

/// <summary>The worker's memory of stories, in the state database beside the briefings: each briefed article's text, and
/// which story every digested article belonged to.</summary>
/// <remarks>
/// Articles are kept because the inbox moves its files and feeds drop old items, yet a later digest groups and briefs
/// them; stories are kept so an article about a story briefed yesterday can be marked as an update of it.
/// Tables of their own, so this memory can be dropped without touching what was briefed.
/// </remarks>
internal sealed class StoryStateStore(IOptions<WorkerOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _init = new(1, 1);
    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = Path.GetFullPath(options.Value.StateDatabase),
        Mode = SqliteOpenMode.ReadWriteCreate,
        DefaultTimeout = 30,
    }.ToString();

    private bool _initialized;

    public async Task RememberArticleAsync(StoredArticleText article, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT OR REPLACE INTO story_articles (file_stem, title, source, body, published_at)
            VALUES ($stem, $title, $source, $body, $published)
            """;
        command.Parameters.AddWithValue("$stem", article.Stem);
        command.Parameters.AddWithValue("$title", (object?)article.Title ?? DBNull.Value);
        command.Parameters.AddWithValue("$source", article.Source);
        command.Parameters.AddWithValue("$body", article.Body);
        command.Parameters.AddWithValue("$published", article.PublishedAt is { } at ? at.ToString("O", CultureInfo.InvariantCulture) : DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The remembered texts of these briefings; a briefing with no remembered text is left out.</summary>
    public async Task<IReadOnlyDictionary<string, StoredArticleText>> ArticlesAsync(IEnumerable<string> stems, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        var found = new Dictionary<string, StoredArticleText>(StringComparer.Ordinal);
        foreach (var stem in stems.Distinct(StringComparer.Ordinal))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT title, source, body, published_at FROM story_articles WHERE file_stem=$stem";
            command.Parameters.AddWithValue("$stem", stem);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken))
            {
                found[stem] = new StoredArticleText(
                    stem, reader.IsDBNull(0) ? null : reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : Time(reader.GetString(3)));
            }
        }

        return found;
    }

    /// <summary>Stories last briefed at or after <paramref name="since"/>, newest first.</summary>
    public async Task<IReadOnlyList<StoredStory>> StoriesSinceAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT s.id, s.headline, s.last_briefed_at, m.file_stem FROM stories s JOIN story_members m ON m.story_id = s.id
            WHERE s.last_briefed_at >= $since ORDER BY s.last_briefed_at DESC, s.id, m.file_stem
            """;
        command.Parameters.AddWithValue("$since", since.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        var stories = new List<(string Id, string Headline, DateTimeOffset At, List<string> Stems)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetString(0);
            if (stories.Count == 0 || stories[^1].Id != id)
            {
                stories.Add((id, reader.GetString(1), Time(reader.GetString(2)), []));
            }

            stories[^1].Stems.Add(reader.GetString(3));
        }

        return stories.Select(s => new StoredStory(s.Id, s.Headline, s.At, s.Stems)).ToList();
    }

    /// <summary>Records that these articles tell story <paramref name="id"/>, briefed at <paramref name="at"/>; creates the story if it is new.</summary>
    public async Task SaveStoryAsync(string id, string headline, IReadOnlyList<string> stems, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using (var story = connection.CreateCommand())
        {
            story.Transaction = transaction;
            story.CommandText = """
                INSERT INTO stories (id, headline, first_briefed_at, last_briefed_at) VALUES ($id, $headline, $at, $at)
                ON CONFLICT(id) DO UPDATE SET last_briefed_at = excluded.last_briefed_at
                """;
            story.Parameters.AddWithValue("$id", id);
            story.Parameters.AddWithValue("$headline", headline);
            story.Parameters.AddWithValue("$at", at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
            await story.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var stem in stems)
        {
            await using var member = connection.CreateCommand();
            member.Transaction = transaction;
            member.CommandText = "INSERT OR REPLACE INTO story_members (file_stem, story_id) VALUES ($stem, $id)";
            member.Parameters.AddWithValue("$stem", stem);
            member.Parameters.AddWithValue("$id", id);
            await member.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Drops the texts of articles whose story was last briefed before <paramref name="cutoff"/>: no later story can continue it.</summary>
    /// <remarks>Articles not yet in a story (briefed but not digested) keep their texts; the story rows, a few bytes each, stay.</remarks>
    public async Task ForgetTextsBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            DELETE FROM story_articles WHERE file_stem IN (
                SELECT m.file_stem FROM story_members m JOIN stories s ON s.id = m.story_id WHERE s.last_briefed_at < $cutoff)
            """;
        command.Parameters.AddWithValue("$cutoff", cutoff.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public void Dispose() => _init.Dispose();

    private static DateTimeOffset Time(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_initialized)
        {
            await InitializeAsync(cancellationToken);
        }

        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
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
                CREATE TABLE IF NOT EXISTS story_articles (
                    file_stem TEXT PRIMARY KEY, title TEXT NULL, source TEXT NOT NULL, body TEXT NOT NULL, published_at TEXT NULL);
                CREATE TABLE IF NOT EXISTS stories (
                    id TEXT PRIMARY KEY, headline TEXT NOT NULL, first_briefed_at TEXT NOT NULL, last_briefed_at TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS story_members (file_stem TEXT PRIMARY KEY, story_id TEXT NOT NULL);
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
