using System.Diagnostics;
using System.Globalization;

namespace Briefing.Benchmarks.Harness;

/// <summary>Wall-clock time from starting the briefing executable to the first byte on stdout, and to exit.</summary>
/// <remarks>Measured on the published app host (what an installed tool runs), extractive engine, sample article.</remarks>
internal sealed class ColdStartHarness(string executable, string article, int runs)
{
    public async Task<ColdStartFigures> RunAsync()
    {
        var firstByte = new List<double>();
        var exit = new List<double>();
        await MeasureOnceAsync(); // warms the OS file cache so every measured run sees the same disk state
        for (var i = 0; i < runs; i++)
        {
            var (first, total) = await MeasureOnceAsync();
            firstByte.Add(first);
            exit.Add(total);
        }

        return new ColdStartFigures(Median(firstByte), Median(exit), firstByte.Min(), firstByte.Max(), runs);
    }

    private async Task<(double FirstByte, double Exit)> MeasureOnceAsync()
    {
        var start = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("brief");
        start.ArgumentList.Add(article);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {executable}.");
        var buffer = new char[1];
        var read = await process.StandardOutput.ReadAsync(buffer.AsMemory());
        var first = clock.Elapsed.TotalMilliseconds;
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (read == 0 || process.ExitCode != 0)
        {
            throw new InvalidOperationException($"briefing exited {process.ExitCode}: {await process.StandardError.ReadToEndAsync()}");
        }

        return (first, clock.Elapsed.TotalMilliseconds);
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}

/// <summary>Cold-start figures in milliseconds.</summary>
internal sealed record ColdStartFigures(double MedianFirstByteMs, double MedianExitMs, double MinFirstByteMs, double MaxFirstByteMs, int Runs)
{
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"cold start, extractive, sample article ({Runs} runs): first byte median {MedianFirstByteMs:F0} ms (min {MinFirstByteMs:F0}, max {MaxFirstByteMs:F0}), exit median {MedianExitMs:F0} ms; target ≤ 400 ms first byte: {(MedianFirstByteMs <= 400 ? "met" : $"missed by {MedianFirstByteMs - 400:F0} ms")}");
}
