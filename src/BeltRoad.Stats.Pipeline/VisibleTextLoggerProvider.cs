using BeltRoad.Stats.Domain;
using Microsoft.Extensions.Logging;

namespace BeltRoad.Stats.Pipeline;

/// <summary>
/// Wraps a logger provider (the console's) so every message it writes has its control characters, escape sequences and
/// bidi overrides shown as escapes (<see cref="DisplayText.Visible"/>): a file name holding a newline cannot forge a
/// log line, nor an ESC recolour or clear the terminal. An exception's own text (a stack trace) is left as it is.
/// </summary>
public sealed class VisibleTextLoggerProvider(ILoggerProvider inner) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new VisibleTextLogger(inner.CreateLogger(categoryName));

    public void Dispose() => inner.Dispose();

    private sealed class VisibleTextLogger(ILogger inner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            inner.Log(logLevel, eventId, state, exception, (s, e) => DisplayText.Visible(formatter(s, e)));
    }
}
