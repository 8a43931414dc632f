using System.Runtime;

namespace BeltRoad.Stats.Pipeline;

/// <summary>
/// A blocking, compacting full collection that gives back to the system what it frees: called when the report's pass
/// over the facts ends, before its page and digest. The run's resident memory there is mostly dead objects the collector
/// had no reason to look at (the pass's and the writers' garbage, promoted beside a table too large for a full collection
/// to come soon), and the page and the digest would be allocated on top of them: at 1 GB 1,154 → 1,035 MB resident, the
/// stage's tail after it ≈ 1,090–1,160 MB instead of 1,350–1,360 (docs/scale.md, "Cost model"). ≈ 0.9 s of pause at 1 GB.
/// </summary>
internal static class HeapCompaction
{
    public static void Now()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }
}
