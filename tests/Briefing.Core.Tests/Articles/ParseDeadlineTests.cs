using Microsoft.Extensions.Time.Testing;

namespace Briefing.Articles;

public sealed class ParseDeadlineTests
{
    [Fact]
    public void Run_ParseWithinLimit_ReturnsItsResult()
    {
        Assert.Equal(42, ParseDeadline.Run(() => 42, TimeSpan.FromSeconds(5), new FakeTimeProvider(), "a.html"));
    }

    [Fact]
    public void Run_ParseThrows_RethrowsOnTheCallersThread()
    {
        var error = Assert.Throws<ArticleException>(() => ParseDeadline.Run<int>(
            () => throw new ArticleException(ArticleErrorKind.Empty, "empty"), TimeSpan.FromSeconds(5), new FakeTimeProvider(), "a.html"));

        Assert.Equal("empty", error.Message);
    }

    [Fact]
    public async Task Run_ParseOutlastsLimit_FailsAsTheArticlesOwnFailure()
    {
        var clock = new FakeTimeProvider();
        using var started = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var advance = Task.Run(() =>
        {
            started.Wait();
            // The timer is armed right after the thread starts; keep advancing until the wait has seen it.
            while (!release.IsSet)
            {
                clock.Advance(TimeSpan.FromSeconds(3));
                Thread.Sleep(10);
            }
        });

        var error = Assert.Throws<ArticleException>(() => ParseDeadline.Run(
            () =>
            {
                started.Set();
                release.Wait();
                return 1;
            },
            TimeSpan.FromSeconds(3),
            clock,
            "slow.html"));
        release.Set();
        await advance;

        Assert.Equal(ArticleErrorKind.TooSlow, error.Kind);
        Assert.Equal(
            "'slow.html' took longer than 3 s to read, so it was given up; raise Briefing:Ingest:ParseTimeout if the page is genuinely this large.",
            error.Message);
    }
}
