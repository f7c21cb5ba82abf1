namespace Briefing.Support;

/// <summary>Model files the local-provider tests use; they live in the shared folder, never in the repository.</summary>
public static class TestModels
{
    /// <summary>TinyStories 260K parameters in GGUF: a real model that loads and generates in milliseconds but cannot summarize.</summary>
    public static string Stories260K => Path.Combine(RepositoryPaths.Shared, "models", "stories260K.gguf");
}
