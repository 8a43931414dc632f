using System.Diagnostics;
using BeltRoad.Stats.Pipeline;

namespace BeltRoad.Stats.Cli;

/// <summary>
/// One line on a terminal's standard error, redrawn in place: documents done / total, rate, ETA. Redrawn at most every
/// <see cref="Every"/> and erased when the last document is done, so the summary that follows starts on a clean line.
/// </summary>
internal sealed class TerminalProgress(TextWriter error) : IProgress<DocumentProgress>
{
    private static readonly TimeSpan Every = TimeSpan.FromMilliseconds(200);
    private readonly Stopwatch _sinceDrawn = Stopwatch.StartNew();
    private readonly Lock _gate = new();

    /// <summary>Progress for a person watching: a terminal, unless asked to be quiet; nothing otherwise (CI, cron, pipes).</summary>
    public static IProgress<DocumentProgress>? For(TextWriter error, bool quiet) =>
        !quiet && !Console.IsErrorRedirected && ReferenceEquals(error, Console.Error) ? new TerminalProgress(error) : null;

    public void Report(DocumentProgress value)
    {
        lock (_gate)
        {
            if (value.Done == value.Total)
            {
                error.Write("\r\u001b[K");
            }
            else if (_sinceDrawn.Elapsed >= Every)
            {
                error.Write($"\r  extracting {value}\u001b[K");
                _sinceDrawn.Restart();
            }
        }
    }
}
