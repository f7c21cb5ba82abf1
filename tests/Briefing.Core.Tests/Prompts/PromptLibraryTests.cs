using Briefing.Briefings;
using Briefing.Support;
using Microsoft.Extensions.Options;

namespace Briefing.Prompts;

public sealed class PromptLibraryTests : IDisposable
{
    private readonly string _copy = Directory.CreateTempSubdirectory("briefing-prompts-").FullName;

    [Fact]
    public void SummarizeVersion_IsStableForTheSameTemplate()
    {
        var first = Library(RepositoryPaths.Prompts).SummarizeVersion;
        var second = Library(RepositoryPaths.Prompts).SummarizeVersion;

        Assert.Matches("^summarize@[0-9a-f]{12}$", first);
        Assert.Equal(first, second);
    }

    [Fact]
    public void SummarizeVersion_ChangesWhenTheTemplateIsEdited()
    {
        CopyDirectory(RepositoryPaths.Prompts, _copy);
        var before = Library(_copy).SummarizeVersion;
        File.AppendAllText(Path.Combine(_copy, "Briefing", "Summarize", "skprompt.txt"), "\n");

        Assert.NotEqual(before, Library(_copy).SummarizeVersion);
    }

    [Fact]
    public void Summarize_LoadsTheFunctionFromTheDirectory()
    {
        var function = Library(RepositoryPaths.Prompts).Summarize;

        Assert.Equal("Summarize", function.Name);
        Assert.Contains(function.Metadata.Parameters, p => p.Name == "article");
    }

    [Fact]
    public void Constructor_MissingConfiguredFolder_NamesTheSetting()
    {
        var error = Assert.Throws<SettingException>(() => Library(Path.Combine(_copy, "missing")));

        Assert.Contains("Briefing:Prompts:Directory", error.Message, StringComparison.Ordinal);
        Assert.Equal("Briefing:Prompts:Directory", error.Setting);
    }

    public void Dispose() => Directory.Delete(_copy, recursive: true);

    private static PromptLibrary Library(string directory) => new(Options.Create(new PromptOptions { Directory = directory }));

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
