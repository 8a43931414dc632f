using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// Findings are numbered from 1 in the table's order (facts.json, run.json and facts.sqlite agree); each fact
/// names the one finding it belongs to, so the relation costs one entry per member, not one per pair of members.
/// </summary>
internal static class FindingIndex
{
    /// <summary>By the index of each fact in the table: the finding id it is in, or null.</summary>
    /// <exception cref="ArgumentException">A finding names a fact that is not in the table, or a fact is in two findings.</exception>
    public static IReadOnlyList<int?> ByFact(FactTable table) => FindingMembership.Of(table).FindingByFact;
}
