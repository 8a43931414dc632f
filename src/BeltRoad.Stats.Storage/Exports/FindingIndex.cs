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
    public static IReadOnlyList<int?> ByFact(FactTable table) => FactTableIndex.Of(table).FindingByFact;

    /// <summary><inheritdoc cref="ByFact(FactTable)" path="/summary"/> <paramref name="members"/>: each finding's members' indexes in the table.</summary>
    /// <exception cref="ArgumentException">A fact is in two findings.</exception>
    internal static int?[] ByFact(FactTable table, int[][] members)
    {
        var byFact = new int?[table.Facts.Count];
        for (var i = 0; i < members.Length; i++)
        {
            foreach (var index in members[i])
            {
                if (byFact[index] is { } other)
                {
                    throw new ArgumentException($"Fact '{table.Facts[index].Id}' is a member of findings {other} and {i + 1}; a fact belongs to one finding at most.", nameof(table));
                }

                byFact[index] = i + 1;
            }
        }

        return byFact;
    }
}
