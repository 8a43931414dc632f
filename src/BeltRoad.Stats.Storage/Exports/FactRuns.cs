using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage;

/// <summary>Where each document's facts are in a table sorted by document: one contiguous run each.</summary>
internal static class FactRuns
{
    public static Dictionary<string, (int First, int Count)> ByDocument(IReadOnlyList<Fact> facts)
    {
        var runs = new Dictionary<string, (int First, int Count)>(StringComparer.Ordinal);
        for (var i = 0; i < facts.Count;)
        {
            var first = i;
            var doc = facts[i].Doc;
            while (i < facts.Count && facts[i].Doc == doc)
            {
                i++;
            }

            if (!runs.TryAdd(doc, (first, i - first)))
            {
                throw new FormatException($"The facts of '{doc}' are not contiguous: the table is not sorted by document.");
            }
        }

        return runs;
    }
}
