using System.Diagnostics;
using Briefing.Support;

namespace Briefing.Commands;

/// <summary>Hostile articles given to the built executable end in one line and a documented exit code, quickly.</summary>
public sealed class HostileArticleTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("briefing-hostile-").FullName;

    [Fact]
    public async Task BriefingProcess_HtmlNestedHundredThousandDeep_ExitsFourWithOneLineQuickly()
    {
        var path = Path.Combine(_folder, "deep.html");
        await File.WriteAllTextAsync(
            path,
            "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "<p>Text.</p>" + string.Concat(Enumerable.Repeat("</div>", 100_000)) + "</body></html>");
        var clock = Stopwatch.StartNew();

        var (exitCode, output, error) = await BriefingProcess.RunAsync(_folder, null, "brief", "deep.html");

        Assert.Equal(4, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Equal(
            "briefing: 'deep.html' nests its HTML elements more than 256 levels deep, which no article needs; it was not parsed (limit: Briefing:Ingest:MaxHtmlDepth).\n",
            error);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task BriefingProcess_UrlRedirectingToFile_ExitsSixWithOneLine()
    {
        await using var server = new RawHttpResponder("HTTP/1.1 302 Found\r\nLocation: file:///etc/passwd\r\nContent-Length: 0\r\n\r\n");
        var url = server.Url("/story");

        var (exitCode, output, error) = await BriefingProcess.RunAsync(_folder, null, "brief", url);

        Assert.Equal(6, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Equal($"briefing: Fetching {url} refused: it redirects to a non-web address (file:), and only http and https pages are fetched.\n", error);
    }

    [Fact]
    public async Task BriefingProcess_UrlWhoseConnectionIsCutMidBody_ExitsSixSayingSo()
    {
        await using var server = new RawHttpResponder(
            "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5000\r\n\r\n<html><body><p>The council approved the budget");
        var url = server.Url("/story");

        var (exitCode, output, error) = await BriefingProcess.RunAsync(_folder, null, "brief", url);

        Assert.Equal(6, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Equal($"briefing: Fetching {url} failed: the connection was cut while reading the page; try again later.\n", error);
    }

    [Fact]
    public async Task BriefingProcess_FileThatFailsWhileBeingRead_ExitsThreeNamingTheInputNotTheOutput()
    {
        // Reading /proc/self/mem from its start is an I/O error on Linux: a real file that cannot be read.
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var (exitCode, output, error) = await BriefingProcess.RunAsync(_folder, null, "brief", "/proc/self/mem");

        Assert.Equal(3, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Equal("briefing: '/proc/self/mem' could not be read: Input/output error.\n", error);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
