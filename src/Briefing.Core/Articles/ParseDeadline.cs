using System.Globalization;

namespace Briefing.Articles;

/// <summary>Runs a parse on its own thread and gives up on it when it outlasts its time bound.</summary>
/// <remarks>
/// The HTML and Markdown libraries cannot be cancelled, so a parse that overruns is abandoned rather than stopped: its
/// thread is a background thread that ends with the parse or the process, and the caller moves on at the deadline.
/// The thread gets a large stack because the libraries recurse once per nesting level of the markup.
/// </remarks>
internal static class ParseDeadline
{
    private const int StackBytes = 64 * 1024 * 1024;

    /// <summary>Waits on the calling thread, for callers that parse bytes already in memory.</summary>
    public static T Run<T>(Func<T> parse, TimeSpan limit, TimeProvider time, string source) =>
        RunAsync(parse, limit, time, source, CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>Waits without holding a thread; cancelling gives up on the parse as the deadline does.</summary>
    public static async Task<T> RunAsync<T>(Func<T> parse, TimeSpan limit, TimeProvider time, string source, CancellationToken cancellationToken)
    {
        var outcome = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(
            () =>
            {
                try
                {
                    outcome.SetResult(parse());
                }
                catch (Exception e)
                {
                    // Whatever the parse throws belongs to the caller, where it is reported.
                    outcome.SetException(e);
                }
            },
            StackBytes)
        {
            IsBackground = true,
            Name = "article parse",
        };
        thread.Start();
        try
        {
            // Run waits on this synchronously, so the continuation must not need the caller's context.
            return await outcome.Task.WaitAsync(limit, time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new ArticleException(
                ArticleErrorKind.TooSlow,
                string.Create(CultureInfo.InvariantCulture, $"'{source}' took longer than {limit.TotalSeconds:0.#} s to read, so it was given up; raise Briefing:Ingest:ParseTimeout if the page is genuinely this large."));
        }
    }
}
