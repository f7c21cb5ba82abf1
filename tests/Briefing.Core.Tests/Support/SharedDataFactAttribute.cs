namespace Briefing.Support;

/// <summary>A fact that needs a file from the shared data folder beside the repository and is skipped, saying so, where it is absent.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(string relativePath)
    {
        var path = Path.Combine(RepositoryPaths.Shared, relativePath);
        if (!File.Exists(path))
        {
            Skip = $"Shared evaluation data not found at {path}; it lives beside the repository in ../shared and is not part of it.";
        }
    }
}
