using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace BeltRoad.Stats.Cli.Tests;

/// <summary>Every message logged, formatted, in order: what a test asks the run's log.</summary>
internal sealed class LineLogger(ConcurrentQueue<string> lines) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        lines.Enqueue(formatter(state, exception));
}
