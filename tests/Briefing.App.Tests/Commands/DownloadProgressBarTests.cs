using Briefing.Providers.Local;

namespace Briefing.App.Commands;

public sealed class DownloadProgressBarTests
{
    [Fact]
    public void Report_KnownSize_RedrawsOncePerPercentAndEndsTheLine()
    {
        using var error = new StringWriter();
        var bar = new DownloadProgressBar(error);

        bar.Report(new DownloadProgress(0, 2_000_000));
        bar.Report(new DownloadProgress(1_000, 2_000_000));
        bar.Report(new DownloadProgress(1_000_000, 2_000_000));
        bar.Report(new DownloadProgress(2_000_000, 2_000_000));

        Assert.Equal(
            "\r[..............................]   0% 0.0 / 2.0 MB" +
            "\r[###############...............]  50% 1.0 / 2.0 MB" +
            "\r[##############################] 100% 2.0 / 2.0 MB" + Environment.NewLine,
            error.ToString());
    }

    [Fact]
    public void Report_UnknownSize_ShowsMegabytesOnly()
    {
        using var error = new StringWriter();

        new DownloadProgressBar(error).Report(new DownloadProgress(25_000_000, null));

        Assert.Equal("\r25.0 MB", error.ToString());
    }
}
