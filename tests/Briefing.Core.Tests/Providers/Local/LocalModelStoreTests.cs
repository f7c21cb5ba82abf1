using Microsoft.Extensions.Options;

namespace Briefing.Providers.Local;

public sealed class LocalModelStoreTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"briefing-store-{Guid.NewGuid():N}");

    private LocalModelStore Store => new(Options.Create(new LocalModelOptions { CacheDirectory = _folder }));

    [Fact]
    public void Resolve_CatalogName_IsItsFileInTheModelFolder() =>
        Assert.Equal(Path.Combine(_folder, "qwen2.5-1.5b-instruct-q4_k_m.gguf"), Store.Resolve("Qwen2.5-1.5B-Instruct"));

    [Fact]
    public void Resolve_PathOrOtherName_IsTakenAsAFile()
    {
        Assert.Equal(Path.GetFullPath("models/x.gguf"), Store.Resolve("models/x.gguf"));
        Assert.Equal(Path.Combine(_folder, "my-model.gguf"), Store.Resolve("my-model"));
    }

    [Fact]
    public void Installed_ListsFinishedModelsOnly()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllBytes(Path.Combine(_folder, "qwen2.5-0.5b-instruct-q4_k_m.gguf"), new byte[5]);
        File.WriteAllBytes(Path.Combine(_folder, "own.gguf"), new byte[3]);
        File.WriteAllBytes(Path.Combine(_folder, "half.gguf" + LocalModelStore.PartialSuffix), new byte[7]);

        var installed = Store.Installed();

        Assert.Equal(["own", "qwen2.5-0.5b-instruct"], installed.Select(m => m.Name));
        Assert.Equal([3L, 5L], installed.Select(m => m.Bytes));
    }

    [Fact]
    public void Installed_NoFolderYet_IsEmpty() => Assert.Empty(Store.Installed());

    [Fact]
    public void Catalog_Entries_AreWellFormed()
    {
        Assert.NotEmpty(LocalModelCatalog.ByName);
        foreach (var entry in LocalModelCatalog.ByName.Values)
        {
            Assert.Equal(Uri.UriSchemeHttps, entry.Url.Scheme);
            Assert.EndsWith(".gguf", entry.FileName, StringComparison.Ordinal);
            Assert.EndsWith(entry.FileName, entry.Url.AbsolutePath, StringComparison.Ordinal);
            Assert.InRange(entry.ApproximateBytes, 100_000_000, 5_000_000_000);

            // No checksum is better than an unverified one; where one is listed it must at least be a SHA-256 in hex.
            Assert.True(entry.Sha256 is null || System.Text.RegularExpressions.Regex.IsMatch(entry.Sha256, "^[0-9a-f]{64}$"), entry.Name);
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
