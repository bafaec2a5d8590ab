using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Bridge.Connectors.Tests.Support;

/// <summary>Keeps every log entry (category, event id, rendered message) for assertions.</summary>
internal sealed class CollectingLoggerProvider : ILoggerProvider
{
    public ConcurrentQueue<LogEntry> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, Entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue(new LogEntry(category, logLevel, eventId.Id, formatter(state, exception) + (exception is null ? "" : " " + exception)));
    }
}

internal sealed record LogEntry(string Category, LogLevel Level, int EventId, string Message);
