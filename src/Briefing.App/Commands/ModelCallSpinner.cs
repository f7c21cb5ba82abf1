using System.Diagnostics.Metrics;
using System.Globalization;
using Briefing.ModelCalls.Usage;

namespace Briefing.App.Commands;

/// <summary>A spinner on standard error while a model works: elapsed time, provider and model, and the tokens once the meter has them.</summary>
/// <remarks>
/// Only for a terminal (see <see cref="ForTerminal"/>): a redirected stderr or a log file gets none of it. Tokens come
/// from the Briefing meter, the same figures OpenTelemetry exports, so no pipeline stage has to know about the spinner.
/// </remarks>
internal sealed class ModelCallSpinner : IAsyncDisposable
{
    private static readonly string[] Frames = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];

    private readonly TextWriter _error;
    private readonly string _label;
    private readonly TimeProvider _time;
    private readonly long _started;
    private readonly MeterListener _tokens = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _spinning;
    private long _tokenCount;
    private int _frame;
    private int _width;

    public ModelCallSpinner(TextWriter error, string label, TimeProvider time)
    {
        (_error, _label, _time, _started) = (error, label, time, time.GetTimestamp());
        _tokens.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == BriefingMetrics.MeterName && instrument.Name == "briefing.model.tokens")
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _tokens.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref _tokenCount, value));
        _tokens.Start();
        _spinning = SpinAsync();
    }

    /// <summary>A spinner when <paramref name="error"/> is the console's standard error and that is a terminal; otherwise null.</summary>
    public static ModelCallSpinner? ForTerminal(TextWriter error, string label) =>
        ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected ? new ModelCallSpinner(error, label, TimeProvider.System) : null;

    /// <summary>The line as it is drawn now.</summary>
    public string Line()
    {
        var seconds = _time.GetElapsedTime(_started).TotalSeconds.ToString("F1", CultureInfo.InvariantCulture);
        var tokens = Interlocked.Read(ref _tokenCount);
        var frame = Frames[_frame % Frames.Length];
        return tokens > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{frame} {_label} · {seconds} s · {tokens:N0} tokens")
            : $"{frame} {_label} · {seconds} s";
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _spinning;
        _tokens.Dispose();
        _stop.Dispose();
        // The line is wiped so the next output starts on a clean line; --verbose prints the usage for the record.
        await _error.WriteAsync("\r" + new string(' ', _width) + "\r");
        await _error.FlushAsync();
    }

    private async Task SpinAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100), _time);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                _frame++;
                var line = Line();
                _width = Math.Max(_width, line.Length);
                await _error.WriteAsync("\r" + line.PadRight(_width));
                await _error.FlushAsync();
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped: the model call is over.
        }
    }
}
