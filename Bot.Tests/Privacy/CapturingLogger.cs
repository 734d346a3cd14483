using Microsoft.Extensions.Logging;

namespace IntervisieBot.Tests.Privacy;

/// <summary>An ILogger that keeps every formatted entry, so tests can check what would reach the logs.</summary>
public sealed class CapturingLogger<T> : ILogger<T>
{
    private readonly List<(EventId EventId, LogLevel Level, string Message)> entries = [];

    public IReadOnlyList<(EventId EventId, LogLevel Level, string Message)> Entries
    {
        get
        {
            lock (entries)
            {
                return [.. entries];
            }
        }
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (entries)
        {
            entries.Add((eventId, logLevel, formatter(state, exception)));
        }
    }
}
