using Briefing.App;
using Briefing.App.Commands;
using Briefing.Briefings;
using Briefing.Delivery;
using Briefing.State;
using Briefing.Support;
using Microsoft.AspNetCore.Http;

namespace Briefing.Commands;

public sealed class CommandFailuresTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("briefing-command-failures-").FullName;

    public static TheoryData<Exception, int, string> Failures => new()
    {
        { new IOException("The response ended prematurely."), ExitCodes.Unexpected, "briefing: Unexpected failure: The response ended prematurely." },
        { new OutputWriteException("Could not write '/out/b.md': No space left on device."), ExitCodes.Unexpected, "briefing: Could not write '/out/b.md': No space left on device; the output was not written." },
        { new StateStoreException("The state database '/s.db' is damaged; fix it."), ExitCodes.Configuration, "briefing: The state database '/s.db' is damaged; fix it." },
        { new StateLockedException("Another worker pass is using the state database '/s.db'."), ExitCodes.Busy, "briefing: Another worker pass is using the state database '/s.db'." },
        { new InvalidOperationException("First line.\n   at Somewhere.Deep()"), ExitCodes.Unexpected, "briefing: Unexpected failure: First line. at Somewhere.Deep()" },
        { new SettingException("Briefing:Prompts:Directory", "Prompt folder '/p' (Briefing:Prompts:Directory) does not exist."), ExitCodes.Configuration, "briefing: Prompt folder '/p' (Briefing:Prompts:Directory) does not exist." },
        // A missing file is a configuration error because of its type, not because its message happens to name a setting.
        { new FileNotFoundException("Could not find 'Briefing:x'."), ExitCodes.Unexpected, "briefing: Unexpected failure: Could not find 'Briefing:x'." },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task GuardAsync_Failure_PrintsOneLineAndItsExitCode(Exception failure, int expectedExit, string expectedLine)
    {
        using var error = new StringWriter();

        var exitCode = await CommandFailures.GuardAsync(error, () => throw failure);

        Assert.Equal(expectedExit, exitCode);
        Assert.Equal(expectedLine + Environment.NewLine, error.ToString());
    }

    [Fact]
    public async Task Brief_MissingFakeReplyFile_ExitsWithTheConfigurationCode()
    {
        var (exitCode, _, error) = await Cli.RunAsync("brief", RepositoryPaths.Sample, "--provider", "fake", "--fake-reply", Path.Combine(_root, "absent.json"));

        Assert.Equal(ExitCodes.Configuration, exitCode);
        Assert.Equal($"briefing: Fake reply file '{Path.Combine(_root, "absent.json")}' (Briefing:Model:FakeReplyPath) does not exist.", error.Trim());
    }

    [Fact]
    public async Task Brief_OutputPathUnderAFile_SaysTheOutputWasNotWritten()
    {
        var blocker = Path.Combine(_root, "a-file");
        await File.WriteAllTextAsync(blocker, "not a folder");

        var (exitCode, _, error) = await Cli.RunAsync("brief", RepositoryPaths.Sample, "--output", Path.Combine(blocker, "briefing.md"));

        Assert.Equal(ExitCodes.Unexpected, exitCode);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"briefing: Could not write '{Path.Combine(blocker, "briefing.md")}'", line, StringComparison.Ordinal);
        Assert.EndsWith("; the output was not written.", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Brief_PageCutMidBody_IsNotReportedAsAnOutputFailure()
    {
        await using var server = await LocalHttpServer.StartAsync(async context =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            context.Response.ContentLength = 100_000;
            await context.Response.WriteAsync("<html><body><article><p>The start of a page that never ends");
            await context.Response.Body.FlushAsync();
            context.Abort();
        });

        var (exitCode, _, error) = await Cli.RunAsync("brief", server.Url("/cut").ToString());

        Assert.NotEqual(ExitCodes.Success, exitCode);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("write the output", line, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Exception", line, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
