using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Pipeline.Steps;

/// <summary>
/// The table as the store stage begins: the extract step's region without collections ended, and, when there was one,
/// the decoding's garbage compacted away before the writers and the report allocate beside the table. Inside the
/// region every object was new, so the first collections after it kept its garbage (≈ 220 MB at 1 GB of input) as
/// holes in the oldest generation, which the stage's allocations never reuse, and a table too large for a full
/// collection to come soon held them to the stage's end (docs/scale.md, "Cost model").
/// </summary>
internal static class DecodedTable
{
    /// <summary>Ends <paramref name="region"/> and returns each fact's finding by its place (the relation the writers read, made here).</summary>
    /// <exception cref="ArgumentException">The table breaks the relation's rules (<see cref="FindingMembership"/>).</exception>
    public static IReadOnlyList<int?> Settle(IDisposable? region, FactTable table)
    {
        if (region is null)
        {
            return FindingMembership.Of(table).FindingByFact;
        }

        region.Dispose();
        // Compacted, the survivors move up one generation only: the table, made in the youngest, would be copied again
        // by the next young collection (+145 MB resident at 1 GB while both copies stood).
        HeapCompaction.Now();
        var membership = FindingMembership.Of(table);
        // A second, sweeping one takes the table to the oldest generation where it lies, and the ids the relation
        // hashed (a 56 MB dictionary at 1 GB, on the large object heap, which only a full collection frees) with it.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: false);
        return membership.FindingByFact;
    }
}
