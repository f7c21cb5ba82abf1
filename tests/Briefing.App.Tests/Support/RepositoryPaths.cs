namespace Briefing.Support;

/// <summary>Locates files of this repository and the built executable.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Sample => Path.Combine(Root, "samples", "lavrov-talks.txt");

    /// <summary>The built briefing.dll of the same configuration as these tests.</summary>
    public static string Executable
    {
        get
        {
            var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent?.Name ?? "Debug";
            return Path.Combine(Root, "src", "Briefing.App", "bin", configuration, "net10.0", "briefing.dll");
        }
    }

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
