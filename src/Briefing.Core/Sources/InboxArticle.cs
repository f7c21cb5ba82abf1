using Briefing.Articles;
using Briefing.Delivery;

namespace Briefing.Sources;

/// <summary>One inbox file: moved to processed/ once briefed, or to failed/ with a reason file beside it.</summary>
public sealed class InboxArticle(string path, ArticleReader reader, ArticleIngestor ingestor, AtomicFileWriter writer) : IPendingArticle
{
    private readonly string _folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";

    public string Source { get; } = Path.GetFileName(path);

    public string Origin => "inbox";

    public async Task<Article> LoadAsync(CancellationToken cancellationToken)
    {
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
        var moved = MoveTo(InboxSource.FailedFolder);
        await writer.WriteAsync(moved + ".reason.txt", reason + "\n", cancellationToken);
    }

    // An earlier file of the same name is never overwritten: nothing in the inbox is ever lost.
    private string MoveTo(string subfolder)
    {
        var target = Path.Combine(_folder, subfolder);
        Directory.CreateDirectory(target);
        var destination = Path.Combine(target, Source);
        for (var n = 1; File.Exists(destination); n++)
        {
            destination = Path.Combine(target, $"{Path.GetFileNameWithoutExtension(Source)}-{n}{Path.GetExtension(Source)}");
        }

        File.Move(path, destination);
        return destination;
    }
}
