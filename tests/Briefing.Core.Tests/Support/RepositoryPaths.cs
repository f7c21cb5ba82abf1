namespace Briefing.Support;

/// <summary>Locates files of this repository (samples, prompts) and the shared test data beside it.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Sample => Path.Combine(Root, "samples", "lavrov-talks.txt");

    public static string Prompts => Path.Combine(Root, "prompts");

    /// <summary>The shared folder beside the repository (evaluation data, models); absent on some machines.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Briefing.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Briefing.sln not found above the test output folder.");
    }
}
