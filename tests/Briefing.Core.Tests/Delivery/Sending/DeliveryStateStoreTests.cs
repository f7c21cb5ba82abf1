using Briefing.State;
using Briefing.Support;
using Briefing.Worker;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Briefing.Delivery.Sending;

public sealed class DeliveryStateStoreTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public async Task PendingAsync_FileIsNotADatabase_FailsWithTheStateStoreLineNamingTheFile()
    {
        var path = _folder.Combine("state.db");
        await File.WriteAllTextAsync(path, "These are meeting notes, not a database. They go on long enough to fill a page header and more text.");
        using var database = new StateDatabase(Options.Create(new WorkerOptions { StateDatabase = path }));
        var deliveries = new DeliveryStateStore(database);

        var error = await Assert.ThrowsAsync<StateStoreException>(() => deliveries.PendingAsync(5, CancellationToken.None));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }
}
