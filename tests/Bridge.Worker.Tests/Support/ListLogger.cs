using Microsoft.Extensions.Logging;

namespace Bridge.Worker.Tests.Support;

/// <summary>Keeps every log entry (event id, level, rendered message) for assertions.</summary>
internal sealed class ListLogger<T> : ILogger<T>
{
    public List<(EventId Id, LogLevel Level, string Message)> Entries { get; } = [];

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Entries.Add((eventId, logLevel, formatter(state, exception)));
}
