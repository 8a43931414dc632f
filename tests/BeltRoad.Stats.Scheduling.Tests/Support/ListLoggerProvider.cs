using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace BeltRoad.Stats.Scheduling.Tests.Support;

/// <summary>Keeps every formatted log line, so tests can check what the log says on each run.</summary>
internal sealed class ListLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => [.. _lines];

    public static Action<ILoggingBuilder> Into(ListLoggerProvider provider) => logging =>
    {
        logging.ClearProviders();
        logging.SetMinimumLevel(LogLevel.Information);
        logging.AddFilter("Quartz", LogLevel.Warning);
        logging.AddFilter("Microsoft", LogLevel.Warning);
        logging.AddProvider(provider);
    };

    public ILogger CreateLogger(string categoryName) => new ListLogger(_lines);

    public void Dispose()
    {
    }

    private sealed class ListLogger(ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel}: {formatter(state, exception)}");
    }
}
