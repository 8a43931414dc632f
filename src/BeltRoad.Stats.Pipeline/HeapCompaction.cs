using System.Runtime;

namespace BeltRoad.Stats.Pipeline;

/// <summary>
/// A blocking, compacting full collection that gives back to the system what it frees, where a run's resident memory
/// is mostly dead objects the collector had no reason to look at beside a table too large for a full collection to
/// come soon: when the extract step's region ends (<see cref="Steps.DecodedTable"/>: the decoding's garbage), when the
/// report's pass over the facts ends, before its page and digest (at 1 GB 1,154 → 1,035 MB resident, the stage's tail
/// after it ≈ 1,090–1,160 MB instead of 1,350–1,360), and as publish begins (the stage's table, dead by then). ≈ 0.9 s
/// of pause at 1 GB with the table live (docs/scale.md, "Cost model").
/// </summary>
internal static class HeapCompaction
{
    public static void Now()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    /// <summary>A blocking full collection that frees without moving (cheaper than <see cref="Now"/> beside a live table).</summary>
    public static void Sweep() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: false);
}
