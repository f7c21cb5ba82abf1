using Briefing.Articles;
using Briefing.Delivery;

namespace Briefing.Sources;

/// <summary>One inbox entry: moved to processed/ once briefed, or to failed/ with a reason file beside it.</summary>
/// <remarks>
/// Only regular files are read: opening a pipe would wait for a writer forever, a device never ends and a symbolic
/// link could point anywhere the worker may read, so an entry that is not a regular file with text in it fails
/// without being opened. An entry that disappears during the pass
/// (another process took it) is simply gone: there is nothing left to move.
/// </remarks>
internal sealed class InboxArticle(string path, ArticleReader reader, ArticleIngestor ingestor, AtomicFileWriter writer) : IPendingArticle
{
    private readonly string _folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";

    public string Source { get; } = Path.GetFileName(path);

    public string Origin => "inbox";

    public string Key { get; } = "inbox:" + Path.GetFullPath(path);

    public async Task<Article> LoadAsync(CancellationToken cancellationToken)
    {
        CheckIsRegularFile();
        var raw = await reader.ReadAsync(new ArticleInput(path), cancellationToken);
        // The file name, not the machine's path, is what staff recognise in the digest and in reason files.
        return ingestor.Parse(raw with { Source = Source });
    }

    public Task MarkBriefedAsync(string contentHash, CancellationToken cancellationToken)
    {
        MoveTo(InboxSource.ProcessedFolder);
        return Task.CompletedTask;
    }

    public async Task MarkFailedAsync(string reason, CancellationToken cancellationToken)
    {
        if (MoveTo(InboxSource.FailedFolder) is { } moved)
        {
            await writer.WriteAsync(moved + ".reason.txt", reason + "\n", cancellationToken);
        }
    }

    public Task MarkPendingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    // A zero length is how a pipe, a socket or a device looks from here, as well as an empty file: none has text to brief.
    private void CheckIsRegularFile()
    {
        var entry = new FileInfo(path);
        if (!entry.Exists)
        {
            throw new ArticleException(ArticleErrorKind.NotFound, $"'{Source}' left the inbox during the pass, before it was read.");
        }

        if (entry.LinkTarget is { } target)
        {
            var final = entry.ResolveLinkTarget(returnFinalTarget: true);
            if (final is null || !final.Exists)
            {
                throw new ArticleException(ArticleErrorKind.NotFound, $"'{Source}' is a symbolic link to '{target}', which does not exist.");
            }

            // Following it would let anyone who can write to the inbox have the worker read, brief and publish any file
            // the worker's account can read.
            throw new ArticleException(
                ArticleErrorKind.UnsupportedContent,
                $"'{Source}' is a symbolic link to '{target}'; only regular files are read from the inbox, so copy the article in instead.");
        }

        if (entry.Length == 0)
        {
            throw new ArticleException(
                ArticleErrorKind.Empty,
                $"'{Source}' is empty or is not a regular file (a pipe, socket or device); only regular files with text in them are read.");
        }
    }

    // An earlier file of the same name is never overwritten: nothing in the inbox is ever lost. Null when the entry has gone.
    private string? MoveTo(string subfolder)
    {
        var target = Path.Combine(_folder, subfolder);
        Directory.CreateDirectory(target);
        var destination = Path.Combine(target, Source);
        for (var n = 1; Occupied(destination); n++)
        {
            destination = Path.Combine(target, $"{Path.GetFileNameWithoutExtension(Source)}-{n}{Path.GetExtension(Source)}");
        }

        try
        {
            File.Move(path, destination);
            return destination;
        }
        catch (FileNotFoundException) when (!Occupied(path))
        {
            return null;
        }
    }

    // A dangling symbolic link occupies its name although File.Exists says no.
    private static bool Occupied(string name) => File.Exists(name) || Directory.Exists(name) || new FileInfo(name).LinkTarget is not null;
}
