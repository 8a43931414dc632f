namespace BeltRoad.Stats.Domain;

/// <summary>The runs of consecutive facts of one document in a fact list: one run per document when the list is sorted by document, as a fact table is.</summary>
public static class DocumentRuns
{
    /// <summary>Each run's document, the index of its first fact and its number of facts, in the list's order.</summary>
    public static IEnumerable<(string Doc, int First, int Count)> Of(IReadOnlyList<Fact> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        for (var first = 0; first < facts.Count;)
        {
            var end = first + 1;
            while (end < facts.Count && string.Equals(facts[end].Doc, facts[first].Doc, StringComparison.Ordinal))
            {
                end++;
            }

            yield return (facts[first].Doc, first, end - first);
            first = end;
        }
    }
}
