using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace BeltRoad.Stats.Pipeline.Steps;

/// <summary>
/// The store stage's readers of the run's table (facts.sqlite, the three exports, run.json's account, the report's
/// pass): when the last has ended the run lets the table go at once, not when the store step ends, and once the run
/// store's content has let its copy go too, a background collection gives the facts' memory to what the stage still
/// builds (the report's page and digest, facts.sqlite's indexes). Each reader's end is logged (<c>--verbose</c>).
/// </summary>
internal sealed class TableReaders(RunContext context, Action letGo)
{
    /// <summary>facts.sqlite, facts.json, facts.csv, facts.parquet, run.json's account, the report's pass.</summary>
    private const int Count = 6;

    private readonly Stopwatch _since = Stopwatch.StartNew();
    private int _left = Count;

    /// <summary>Runs <paramref name="read"/>, one of the table's readers, and counts it ended however it ends.</summary>
    public void Reading(string name, Action read)
    {
        try
        {
            read();
        }
        finally
        {
            Ended(name);
        }
    }

    /// <summary>One reader has ended; the last lets the table go.</summary>
    public void Ended(string name)
    {
        context.Logger.LogDebug("The table's reader {Reader} ended at {Ms:F0} ms into the stage", name, _since.Elapsed.TotalMilliseconds);
        if (Interlocked.Decrement(ref _left) != 0)
        {
            return;
        }

        context.LetGoOfFacts();
        letGo();
        var stored = context.RunStore?.ContentStoredAsync() ?? Task.CompletedTask;
        _ = stored.ContinueWith(
            _ =>
            {
                var before = (GC.GetTotalMemory(false) >> 20, Environment.WorkingSet >> 20);
                GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
                var info = GC.GetGCMemoryInfo(GCKind.FullBlocking);
                context.Logger.LogDebug(
                    "The table let go at {Ms:F0} ms into the stage; heap {Before} MB, working set {Set} MB before a full collection; after it the heap {After} MB (promoted {Promoted} MB, committed {Committed} MB), working set {SetAfter} MB",
                    _since.Elapsed.TotalMilliseconds, before.Item1, before.Item2, info.HeapSizeBytes >> 20, info.PromotedBytes >> 20, info.TotalCommittedBytes >> 20, Environment.WorkingSet >> 20);
            },
            CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }
}
