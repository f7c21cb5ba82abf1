using System.Buffers.Binary;
using System.Diagnostics;
using Briefing.Grounding;
using Briefing.Rendering;
using Briefing.Support;

namespace Briefing.Delivery;

/// <summary>Renders a digest in a real browser at a phone and a desktop width through the repository's script.</summary>
public sealed class DigestScreenshotTests
{
    [ChromiumFact]
    public async Task RenderScript_Digest_WritesPicturesAtBothWidths()
    {
        using var folder = new TemporaryFolder();
        var flagged = new GroundingDocument("unsupported", GroundingCoverage.Checked, GroundingCoverage.NotChecked, 0.8, [new("number", "130,000 troops", "briefing")], null, []);
        var digest = DigestFixtures.Of(
            [DigestFixtures.Document("Fire in the port", "https://example.com/fire"), DigestFixtures.Document("Talks", "talks.txt", grounding: flagged)]);
        var html = folder.Write("digest.html", new DigestHtmlRenderer().Render(digest));

        var (exit, output) = await RunAsync(Path.Combine(RepositoryPaths.Root, "scripts", "render-digest.sh"), html, folder.Path);

        Assert.True(exit == 0, output);
        Assert.Equal(390, Width(folder.Combine("digest-390.png")));
        Assert.Equal(1280, Width(folder.Combine("digest-1280.png")));
        Assert.Equal(390, Width(folder.Combine("digest-390-dark.png")));
    }

    // A PNG's width is the first field of its IHDR chunk, bytes 16 to 19.
    private static int Width(string png)
    {
        var header = File.ReadAllBytes(png).AsSpan(0, 24);
        return BinaryPrimitives.ReadInt32BigEndian(header[16..20]);
    }

    private static async Task<(int Exit, string Output)> RunAsync(string script, params string[] args)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
