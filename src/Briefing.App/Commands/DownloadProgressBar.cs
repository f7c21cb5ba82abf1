using System.Globalization;
using Briefing.Providers.Local;

namespace Briefing.App.Commands;

/// <summary>A one-line progress bar on standard error, redrawn in place, at most once per percent.</summary>
internal sealed class DownloadProgressBar(TextWriter error) : IProgress<DownloadProgress>
{
    private const int Width = 30;
    private long _lastShown = -1;

    public void Report(DownloadProgress value)
    {
        // Without a total the bar cannot fill; show megabytes every 10 MB instead.
        var step = value.TotalBytes is { } total and > 0 ? value.Bytes * 100 / total : value.Bytes / 10_000_000;
        if (step == _lastShown)
        {
            return;
        }

        _lastShown = step;
        var received = Megabytes(value.Bytes);
        if (value.TotalBytes is { } size and > 0)
        {
            var filled = (int)(value.Bytes * Width / size);
            error.Write($"\r[{new string('#', filled)}{new string('.', Width - filled)}] {step,3}% {received} / {Megabytes(size)} MB");
        }
        else
        {
            error.Write($"\r{received} MB");
        }

        if (value.TotalBytes == value.Bytes)
        {
            error.WriteLine();
        }
    }

    private static string Megabytes(long bytes) => (bytes / 1_000_000.0).ToString("F1", CultureInfo.InvariantCulture);
}
