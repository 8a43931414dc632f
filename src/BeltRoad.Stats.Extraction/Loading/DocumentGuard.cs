using System.Globalization;
using System.Runtime.ExceptionServices;

namespace BeltRoad.Stats.Extraction.Loading;

/// <summary>
/// Runs a document's reading where it cannot take the run down: on a thread of its own with a stack of
/// <see cref="StackBytes"/> (the readers check their nesting first; this is for what a parser library does inside),
/// under the time budget (its token ends then, and the readers stop on it), and with running out of memory made that
/// document's failure. A reading that ignores its token is abandoned once the budget and a grace period are over: the
/// run goes on without it, and the thread, in the background, ends when the reading does.
/// </summary>
internal static class DocumentGuard
{
    /// <summary>64 MB, forty times .NET's default for a new thread; reserved, and only committed as used.</summary>
    public const int StackBytes = 64 * 1024 * 1024;

    // How long a reading stopped by its token may take to unwind before it is abandoned.
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(2);

    /// <exception cref="DecodeFailure">The reading ran out of time or memory; the message says which.</exception>
    public static T Run<T>(TimeSpan budget, Func<CancellationToken, T> read)
    {
        using var deadline = new CancellationTokenSource(budget);
        T result = default!;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = read(deadline.Token);
                }
                catch (Exception e)
                {
                    failure = ExceptionDispatchInfo.Capture(e);
                }
            },
            StackBytes) { IsBackground = true, Name = "document reader" };
        thread.Start();
        if (!thread.Join(budget + Grace))
        {
            throw OutOfTime(budget, abandoned: true);
        }

        switch (failure?.SourceException)
        {
            case null:
                return result;
            case OperationCanceledException when deadline.IsCancellationRequested:
                throw OutOfTime(budget, abandoned: false);
            case OutOfMemoryException e:
                throw new DecodeFailure($"ran out of memory while being read ({e.Message}); the other documents are read as usual");
            case InsufficientExecutionStackException:
                throw DecodeFailure.TooDeep("it");
            default:
                failure.Throw();
                return default;
        }
    }

    private static DecodeFailure OutOfTime(TimeSpan budget, bool abandoned) =>
        new(string.Create(CultureInfo.InvariantCulture, $"reading it took longer than {budget.TotalSeconds:0.#} s (Inputs.MaxSecondsPerDocument); {(abandoned ? "abandoned" : "stopped")}"));
}
