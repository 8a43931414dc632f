using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// Findings are numbered from 1 in the table's order (facts.json, run.json and facts.sqlite agree); each fact
/// names the one finding it belongs to, so the relation costs one entry per member, not one per pair of members.
/// </summary>
internal static class FindingIndex
{
    /// <summary>The finding id of every fact that is in one.</summary>
    /// <exception cref="ArgumentException">A finding names a fact that is not in the table, or a fact is in two findings.</exception>
    public static IReadOnlyDictionary<string, int> ByFact(FactTable table)
    {
        var known = FactLookup.ById(table);
        var byFact = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < table.Findings.Count; i++)
        {
            foreach (var factId in table.Findings[i].FactIds)
            {
                FactLookup.Get(known, factId);
                if (!byFact.TryAdd(factId, i + 1))
                {
                    throw new ArgumentException($"Fact '{factId}' is a member of findings {byFact[factId]} and {i + 1}; a fact belongs to one finding at most.", nameof(table));
                }
            }
        }

        return byFact;
    }
}
