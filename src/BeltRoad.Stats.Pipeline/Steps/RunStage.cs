using System.Diagnostics;
using System.Runtime.ExceptionServices;
using Microsoft.Extensions.Logging;

namespace BeltRoad.Stats.Pipeline.Steps;

/// <summary>
/// One place in a run's order: a step, or steps that run at once because each only reads what earlier steps left in
/// the context and writes its own files (the store and report steps both read the final fact table). Each step is
/// still named, logged and timed on its own; the stage ends when all of them have.
/// </summary>
internal sealed class RunStage(params IRunStep[] steps)
{
    public IReadOnlyList<IRunStep> Steps { get; } = steps.Length > 0 ? steps : throw new ArgumentException("A stage holds at least one step.", nameof(steps));

    /// <summary>'+'-joined step names when the stage runs more than one step at once, else null.</summary>
    public string? Group => Steps.Count > 1 ? string.Join("+", Steps.Select(s => s.Name)) : null;

    /// <summary>
    /// Runs the steps and returns their timings in the stage's order. A step that fails cancels the others and the
    /// stage waits for them (they write into the same staging folder, which the runner then discards) before
    /// rethrowing the first failure as it was thrown.
    /// </summary>
    public async Task<IReadOnlyList<StepTiming>> RunAsync(RunContext context, ILogger logger, CancellationToken cancellationToken)
    {
        if (Steps.Count == 1)
        {
            return [await TimedAsync(Steps[0], context, logger, Stopwatch.StartNew(), cancellationToken).ConfigureAwait(false)];
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ExceptionDispatchInfo? first = null;
        var watch = Stopwatch.StartNew();
        // On the pool, not on threads of their own: a step that blocks on its own workers (the report step waits for
        // its page and chart tasks) then lets the pool add a thread at once; measured on the 10 MB corpus, a little faster.
        var running = Steps.Select(step => Task.Run(
            async () =>
            {
                try
                {
                    return await TimedAsync(step, context, logger, watch, stop.Token).ConfigureAwait(false);
                }
                catch (Exception e)
                {
                    Interlocked.CompareExchange(ref first, ExceptionDispatchInfo.Capture(e), null);
                    await stop.CancelAsync().ConfigureAwait(false);
                    throw;
                }
            },
            CancellationToken.None)).ToList();
        try
        {
            return await Task.WhenAll(running).ConfigureAwait(false);
        }
        catch (Exception) when (first is not null)
        {
            first.Throw();
            throw; // not reached: Throw always throws
        }
    }

    private async Task<StepTiming> TimedAsync(IRunStep step, RunContext context, ILogger logger, Stopwatch watch, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await step.ExecuteAsync(context, cancellationToken).ConfigureAwait(false);
        logger.LogDebug("Step {Step} took {Ms:F0} ms", step.Name, watch.Elapsed.TotalMilliseconds);
        return new StepTiming(step.Name, watch.Elapsed, StepTiming.PeakWorkingSet(), Group);
    }
}
