using Briefing.Articles;
using Briefing.Delivery;
using Briefing.State;
using Briefing.Worker;
using Microsoft.Extensions.Options;

namespace Briefing.Sources;

/// <summary>Offers the article files (.txt, .md, .html) lying at the top of each inbox folder.</summary>
/// <remarks>Dot files are skipped because they are usually files still being written by whoever drops them in.</remarks>
internal sealed class InboxSource(IOptions<WorkerOptions> options, ArticleReader reader, ArticleIngestor ingestor, AtomicFileWriter writer) : IArticleSource
{
    public const string ProcessedFolder = "processed";
    public const string FailedFolder = "failed";

    private static readonly HashSet<string> Extensions = new(StringComparer.OrdinalIgnoreCase) { ".txt", ".md", ".markdown", ".html", ".htm" };

    public string Name => "inbox folders";

    public Task<SourceBatch> CollectAsync(CancellationToken cancellationToken)
    {
        var articles = new List<IPendingArticle>();
        var failures = new List<SourceFailure>();
        foreach (var folder in options.Value.InboxFolders)
        {
            if (!Directory.Exists(folder))
            {
                failures.Add(new SourceFailure(folder, $"Inbox folder '{folder}' does not exist; create it or fix Briefing:Worker:InboxFolders."));
                continue;
            }

            try
            {
                writer.RemoveAbandonedTemporaryFiles(Path.Combine(folder, FailedFolder));
                articles.AddRange(Directory.EnumerateFiles(folder)
                    .Where(IsArticleFile)
                    .Order(StringComparer.Ordinal)
                    .Select(path => new InboxArticle(path, reader, ingestor, writer))
                    .ToList());
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                failures.Add(new SourceFailure(folder, $"Inbox folder '{folder}' could not be listed: {ItemFailure.OneLine(e.Message)}"));
            }
        }

        return Task.FromResult(new SourceBatch(articles, failures));
    }

    public Task CompleteAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static bool IsArticleFile(string path)
    {
        var name = Path.GetFileName(path);
        return !name.StartsWith('.') && Extensions.Contains(Path.GetExtension(name));
    }
}
