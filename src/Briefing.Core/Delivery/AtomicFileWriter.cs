using System.Text;

namespace Briefing.Delivery;

/// <summary>Writes a file so that readers see either the old content or the whole new content, never a part.</summary>
/// <remarks>The text goes to a temporary file in the same folder, is flushed to disk, then renamed over the target.</remarks>
internal sealed class AtomicFileWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <exception cref="OutputWriteException">The file system refused the write; the target is unchanged.</exception>
    public async Task WriteAsync(string path, string content, CancellationToken cancellationToken)
    {
        try
        {
            await WriteFileAsync(path, content, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputWriteException($"Could not write '{Path.GetFullPath(path)}': {Worker.ItemFailure.OneLine(e.Message)}", e);
        }
    }

    private static async Task WriteFileAsync(string path, string content, CancellationToken cancellationToken)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? throw new IOException($"'{path}' has no parent folder.");
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
            {
                await stream.WriteAsync(Utf8.GetBytes(content), cancellationToken);
                await stream.FlushAsync(cancellationToken);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>Removes temporary files this writer left in <paramref name="folder"/> when its process was killed mid-write.</summary>
    /// <remarks>Only for folders no other process writes to at the same time, such as the worker's output folder.</remarks>
    public void RemoveAbandonedTemporaryFiles(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(folder, ".*.tmp"))
        {
            File.Delete(file);
        }
    }
}
