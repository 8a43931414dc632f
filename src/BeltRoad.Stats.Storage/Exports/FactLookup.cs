using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage;

/// <summary>Fact ids are keys in every export; a duplicate or a dangling reference is a bug upstream, reported as such.</summary>
internal static class FactLookup
{
    public static Dictionary<string, Fact> ById(FactTable table)
    {
        var byId = new Dictionary<string, Fact>(StringComparer.Ordinal);
        foreach (var fact in table.Facts)
        {
            if (!byId.TryAdd(fact.Id, fact))
            {
                throw new ArgumentException($"Fact id '{fact.Id}' occurs twice in the fact table.", nameof(table));
            }
        }

        return byId;
    }

    public static Fact Get(Dictionary<string, Fact> byId, string id) =>
        byId.TryGetValue(id, out var fact)
            ? fact
            : throw new ArgumentException($"A finding refers to fact '{id}', which is not in the fact table.");

    /// <summary>The page each fact starts on, for facts from paged documents (PDFs); null otherwise.</summary>
    public static Func<Fact, int?> Pages(FactTable table)
    {
        var documents = table.Documents.ToDictionary(d => d.Name, StringComparer.Ordinal);
        return fact => documents.GetValueOrDefault(fact.Doc)?.PageOf(fact.Span);
    }

    /// <summary>Every place the fact is stated; never empty, the first span stands in when none were recorded.</summary>
    public static IReadOnlyList<SourceSpan> Spans(Fact fact) => fact.Occurrences.Count > 0 ? fact.Occurrences : [fact.Span];
}
