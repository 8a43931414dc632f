using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage;

/// <summary>Where each document's facts are in a table sorted by document: one contiguous run each.</summary>
internal static class FactRuns
{
    public static Dictionary<string, (int First, int Count)> ByDocument(FactTable table)
    {
        var runs = new Dictionary<string, (int First, int Count)>(StringComparer.Ordinal);
        foreach (var (doc, first, count) in DocumentRuns.Of(table))
        {
            if (!runs.TryAdd(doc, (first, count)))
            {
                throw new FormatException($"The facts of '{doc}' are not contiguous: the table is not sorted by document.");
            }
        }

        return runs;
    }
}
