using BeltRoad.Stats.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace BeltRoad.Stats.Scheduling;

/// <summary>The console logger, as the commands set it up, writing only visible text (<see cref="VisibleTextLoggerProvider"/>).</summary>
public static class VisibleConsole
{
    /// <summary>Replaces the console provider <c>AddConsole</c> registered with the same provider wrapped.</summary>
    public static ILoggingBuilder ShowControlsAsEscapes(this ILoggingBuilder logging)
    {
        ArgumentNullException.ThrowIfNull(logging);
        foreach (var console in logging.Services.Where(d => d.ServiceType == typeof(ILoggerProvider) && d.ImplementationType == typeof(ConsoleLoggerProvider)).ToList())
        {
            logging.Services.Remove(console);
        }

        logging.Services.AddSingleton<ILoggerProvider>(services => new VisibleTextLoggerProvider(
            new ConsoleLoggerProvider(services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>(), services.GetServices<ConsoleFormatter>())));
        return logging;
    }
}
