namespace Briefing.Support;

/// <summary>A uniquely named file in the temp folder, deleted when the test ends.</summary>
public sealed class TempFile : IDisposable
{
    public TempFile(byte[] content, string extension = ".gguf")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"briefing-test-{Guid.NewGuid():N}{extension}");
        File.WriteAllBytes(Path, content);
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}
