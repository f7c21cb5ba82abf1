using Briefing.Support;
using Briefing.Worker;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Briefing.State;

public sealed class StoryStateStoreTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public async Task RememberArticleAsync_FileIsNotADatabase_FailsWithTheStateStoreLineNamingTheFile()
    {
        var path = _folder.Combine("state.db");
        await File.WriteAllTextAsync(path, "These are meeting notes, not a database. They go on long enough to fill a page header and more text.");
        using var database = new StateDatabase(Options.Create(new WorkerOptions { StateDatabase = path }));
        var stories = new StoryStateStore(database);

        var error = await Assert.ThrowsAsync<StateStoreException>(() =>
            stories.RememberArticleAsync(new StoredArticleText("2026-03-02-fire-1a2b3c4d", "Fire", "fire.txt", "A fire broke out.", null), CancellationToken.None));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ArticlesAsync_RememberedArticle_ReadsBackThroughTheSharedSchema()
    {
        using var database = new StateDatabase(Options.Create(new WorkerOptions { StateDatabase = _folder.Combine("state.db") }));
        var stories = new StoryStateStore(database);
        var text = new StoredArticleText("2026-03-02-fire-1a2b3c4d", "Fire", "fire.txt", "A fire broke out.", null);

        await stories.RememberArticleAsync(text, CancellationToken.None);
        var found = await stories.ArticlesAsync(["2026-03-02-fire-1a2b3c4d", "missing"], CancellationToken.None);

        Assert.Equal(text, Assert.Single(found).Value);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
