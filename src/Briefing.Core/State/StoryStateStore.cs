using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Briefing.State;

/// <summary>The worker's memory of stories, in the state database beside the briefings: each briefed article's text, and
/// which story every digested article belonged to.</summary>
/// <remarks>
/// Articles are kept because the inbox moves its files and feeds drop old items, yet a later digest groups and briefs
/// them; stories are kept so an article about a story briefed yesterday can be marked as an update of it.
/// Tables of their own, so this memory can be dropped without touching what was briefed; they are created with the rest
/// of <see cref="StateDatabase"/>'s schema, so an unusable database fails here with the same one line as everywhere.
/// </remarks>
internal sealed class StoryStateStore(StateDatabase database)
{
    public Task RememberArticleAsync(StoredArticleText article, CancellationToken cancellationToken) => database.UseAsync(async connection =>
    {
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
    }, cancellationToken);

    /// <summary>The remembered texts of these briefings; a briefing with no remembered text is left out.</summary>
    public Task<IReadOnlyDictionary<string, StoredArticleText>> ArticlesAsync(IEnumerable<string> stems, CancellationToken cancellationToken) => database.UseAsync<IReadOnlyDictionary<string, StoredArticleText>>(async connection =>
    {
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
    }, cancellationToken);

    /// <summary>Stories last briefed at or after <paramref name="since"/>, newest first.</summary>
    public Task<IReadOnlyList<StoredStory>> StoriesSinceAsync(DateTimeOffset since, CancellationToken cancellationToken) => database.UseAsync<IReadOnlyList<StoredStory>>(async connection =>
    {
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
    }, cancellationToken);

    /// <summary>Records that these articles tell story <paramref name="id"/>, briefed at <paramref name="at"/>; creates the story if it is new.</summary>
    public Task SaveStoryAsync(string id, string headline, IReadOnlyList<string> stems, DateTimeOffset at, CancellationToken cancellationToken) => database.UseAsync(async connection =>
    {
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
    }, cancellationToken);

    /// <summary>Drops the texts of articles whose story was last briefed before <paramref name="cutoff"/>: no later story can continue it.</summary>
    /// <remarks>Articles not yet in a story (briefed but not digested) keep their texts; the story rows, a few bytes each, stay.</remarks>
    public Task ForgetTextsBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) => database.UseAsync(async connection =>
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            DELETE FROM story_articles WHERE file_stem IN (
                SELECT m.file_stem FROM story_members m JOIN stories s ON s.id = m.story_id WHERE s.last_briefed_at < $cutoff)
            """;
        command.Parameters.AddWithValue("$cutoff", cutoff.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }, cancellationToken);

    private static DateTimeOffset Time(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
