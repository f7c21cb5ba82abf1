namespace Briefing.App.Commands;

/// <summary>A one-line progress bar on standard error, redrawn in place; only used when standard error is a terminal.</summary>
internal sealed class EvalProgressBar(TextWriter error, int total) : IProgress<int>
{
    private const int Width = 30;

    /// <summary>A bar when <paramref name="error"/> is the console's standard error and that is a terminal; otherwise null.</summary>
    public static EvalProgressBar? ForTerminal(TextWriter error, int total) =>
        ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected && total > 0 ? new EvalProgressBar(error, total) : null;

    public void Report(int value)
    {
        var filled = (int)((long)Width * value / total);
        error.Write($"\r[{new string('#', filled)}{new string(' ', Width - filled)}] {value}/{total}");
    }

    public void Finish() => error.WriteLine();
}
