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
        var running = Steps.Select(step => Task.Factory.StartNew(
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
            CancellationToken.None,
            // A step of seconds on a thread of its own: the pool's threads stay for the steps' own workers.
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default).Unwrap()).ToList();
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
