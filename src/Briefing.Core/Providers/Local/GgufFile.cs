namespace Briefing.Providers.Local;

/// <summary>Recognises a GGUF file by its signature before llama.cpp is asked to load it.</summary>
/// <remarks>llama.cpp reports a wrong file with a generic failure; checking the four magic bytes first gives a message a user can act on.</remarks>
internal static class GgufFile
{
    private static ReadOnlySpan<byte> Magic => "GGUF"u8;

    public static async Task<bool> HasSignatureAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 16, useAsync: true);
        var header = new byte[4];
        var read = await stream.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
        return read == header.Length && header.AsSpan().SequenceEqual(Magic);
    }
}
