using Microsoft.Extensions.Options;

namespace Briefing.Providers.Local;

/// <summary>The per-user folder that holds pulled models, and how a model name becomes a file path.</summary>
internal sealed class LocalModelStore(IOptions<LocalModelOptions> options)
{
    /// <summary>Suffix of a download in progress; such files are never listed or loaded as models.</summary>
    public const string PartialSuffix = ".part";

    public string Directory => string.IsNullOrWhiteSpace(options.Value.CacheDirectory)
        ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "briefing", "models")
        : Path.GetFullPath(options.Value.CacheDirectory);

    public IReadOnlyList<InstalledModel> Installed()
    {
        if (!System.IO.Directory.Exists(Directory))
        {
            return [];
        }

        return new DirectoryInfo(Directory).EnumerateFiles("*.gguf")
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .Select(f => new InstalledModel(NameOf(f.Name), f.FullName, f.Length))
            .ToList();
    }

    /// <summary>The file for a model id: a path as given, or a catalog name or file stem inside <see cref="Directory"/>.</summary>
    public string Resolve(string model)
    {
        if (model.EndsWith(".gguf", StringComparison.OrdinalIgnoreCase) || model.Contains(Path.DirectorySeparatorChar) || model.Contains('/'))
        {
            return Path.GetFullPath(model);
        }

        var fileName = LocalModelCatalog.ByName.TryGetValue(model, out var entry) ? entry.FileName : model + ".gguf";
        return Path.Combine(Directory, fileName);
    }

    /// <summary>The name <c>briefing model list</c> shows: the catalog name where the file came from the catalog.</summary>
    public static string NameOf(string fileName) =>
        LocalModelCatalog.ByName.Values.FirstOrDefault(e => string.Equals(e.FileName, fileName, StringComparison.OrdinalIgnoreCase))?.Name
        ?? Path.GetFileNameWithoutExtension(fileName);
}
