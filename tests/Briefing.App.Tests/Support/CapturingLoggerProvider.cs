using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Briefing.Support;

/// <summary>Collects every log entry (event id, message and structured values) so a test can wait for one.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly Channel<LogEntry> _entries = Channel.CreateUnbounded<LogEntry>();

    public ILogger CreateLogger(string categoryName) => new Logger(_entries.Writer);

    /// <summary>Waits for the next entry with <paramref name="eventId"/>, skipping others; fails after ten seconds.</summary>
    public async Task<LogEntry> NextAsync(int eventId)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (true)
        {
            var entry = await _entries.Reader.ReadAsync(timeout.Token);
            if (entry.EventId == eventId)
            {
                return entry;
            }
        }
    }

    public void Dispose() => _entries.Writer.TryComplete();

    /// <summary>One log entry.</summary>
    public sealed record LogEntry(int EventId, string Message, IReadOnlyDictionary<string, object?> Values);

    private sealed class Logger(ChannelWriter<LogEntry> writer) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state as IEnumerable<KeyValuePair<string, object?>> ?? [];
            writer.TryWrite(new LogEntry(eventId.Id, formatter(state, exception), values.ToDictionary(kv => kv.Key, kv => kv.Value)));
        }
    }
}
