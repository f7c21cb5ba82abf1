using System.Collections.Concurrent;
using System.Diagnostics;
using Briefing.Support;
using MimeKit;

namespace Briefing.Packaging;

/// <summary>The installed tool from <c>init</c> to a delivered digest: what an operator does after <c>dotnet tool install</c>.</summary>
public sealed class InstalledToolTests(PackedTool tool) : IClassFixture<PackedTool>
{
    [Fact]
    public async Task WorkerOnce_InAnInitialisedFolderWithEmailAndWebhook_DeliversOnceAndTheSecondRunSendsNothing()
    {
        var posts = new ConcurrentQueue<string>();
        await using var smtp = await LoopbackSmtpServer.StartAsync();
        await using var webhook = await LoopbackHttpServer.StartAsync(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            posts.Enqueue(await reader.ReadToEndAsync());
        });
        var folder = Path.Combine(tool.Root, "desk");

        var init = await RunAsync(tool.Root, "init", folder);
        var settings = Path.Combine(folder, "appsettings.json");
        await File.WriteAllTextAsync(settings, (await File.ReadAllTextAsync(settings))
            .Replace("\"Host\": \"\"", "\"Host\": \"127.0.0.1\"", StringComparison.Ordinal)
            .Replace("\"Port\": 587", $"\"Port\": {smtp.Port}", StringComparison.Ordinal)
            .Replace("\"Security\": \"StartTls\"", "\"Security\": \"None\"", StringComparison.Ordinal)
            .Replace("\"To\": []", "\"To\": [ \"desk@example.org\" ]", StringComparison.Ordinal)
            .Replace("\"Urls\": []", $"\"Urls\": [ \"{webhook.Url("/hook")}\" ]", StringComparison.Ordinal));
        File.Copy(RepositoryPaths.Sample, Path.Combine(folder, "inbox", "lavrov-talks.txt"));
        var first = await RunAsync(folder, "worker", "--once", "--verbose");
        var second = await RunAsync(folder, "worker", "--once", "--verbose");

        Assert.True(init.ExitCode == 0, init.Error);
        // The unit names the tool's stable command, not the versioned folder it runs from.
        Assert.Contains($"\nExecStart={tool.Executable} worker\n", await File.ReadAllTextAsync(Path.Combine(folder, "briefing.service")), StringComparison.Ordinal);
        Assert.True(first.ExitCode == 0, first.Error);
        Assert.True(second.ExitCode == 0, second.Error);
        var mail = Assert.Single(smtp.Received).Message;
        Assert.Equal(["desk@example.org"], Assert.Single(smtp.Received).Recipients);
        Assert.Matches(@"^Briefing for \w+, \d{1,2} \w+ \d{4}: 1 article$", mail.Subject);
        var parts = Assert.IsType<MultipartAlternative>(mail.Body);
        Assert.Equal(["text/plain", "text/html"], parts.Select(p => p.ContentType.MimeType));
        Assert.Contains("Lavrov", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Lavrov", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("\"articles\":1", Assert.Single(posts), StringComparison.Ordinal);
        Assert.Contains("to email via 127.0.0.1:", first.Error, StringComparison.Ordinal);
        Assert.Contains(": sent (attempt 1)", first.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(": sent", second.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Version_InstalledTool_PrintsItsVersion()
    {
        var (exitCode, output, _) = await RunAsync(tool.Root, "--version");

        Assert.Equal(0, exitCode);
        Assert.StartsWith("0.0.0-test.", output, StringComparison.Ordinal);
    }

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(tool.Executable) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.Environment["XDG_CONFIG_HOME"] = Path.Combine(tool.Root, "xdg");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the installed tool.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
