namespace Briefing.Delivery;

public sealed class AtomicFileWriterTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("briefing-atomic-").FullName;

    [Fact]
    public async Task WriteAsync_NewFile_WritesContentAndLeavesNoTemporaryFile()
    {
        var path = Path.Combine(_folder, "sub", "out.md");

        await new AtomicFileWriter().WriteAsync(path, "hello", CancellationToken.None);

        Assert.Equal("hello", await File.ReadAllTextAsync(path));
        Assert.Equal(["out.md"], Directory.GetFiles(Path.GetDirectoryName(path)!).Select(Path.GetFileName));
    }

    [Fact]
    public async Task WriteAsync_ExistingFile_IsReplacedWhole()
    {
        var path = Path.Combine(_folder, "out.md");
        await File.WriteAllTextAsync(path, new string('x', 10_000));

        await new AtomicFileWriter().WriteAsync(path, "short", CancellationToken.None);

        Assert.Equal("short", await File.ReadAllTextAsync(path));
    }

    [Fact]
    public async Task WriteAsync_Cancelled_LeavesTheOldFileAndNoTemporaryFile()
    {
        var path = Path.Combine(_folder, "out.md");
        await File.WriteAllTextAsync(path, "old");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new AtomicFileWriter().WriteAsync(path, "new", new CancellationToken(canceled: true)));

        Assert.Equal("old", await File.ReadAllTextAsync(path));
        Assert.Single(Directory.GetFiles(_folder));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
