using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage;

/// <summary>Fact ids are keys in every export; a duplicate or a dangling reference is a bug upstream, reported as such.</summary>
internal static class FactLookup
{
    /// <summary>Each fact's index in the table, by id (looked up once per table: <see cref="FactTableIndex"/>).</summary>
    internal static Dictionary<string, int> IndexById(FactTable table)
    {
        var byId = new Dictionary<string, int>(table.Facts.Count, StringComparer.Ordinal);
        for (var i = 0; i < table.Facts.Count; i++)
        {
            if (!byId.TryAdd(table.Facts[i].Id, i))
            {
                throw new ArgumentException($"Fact id '{table.Facts[i].Id}' occurs twice in the fact table.", nameof(table));
            }
        }

        return byId;
    }

    /// <summary>The index of the fact a finding names.</summary>
    public static int Get(IReadOnlyDictionary<string, int> indexById, string id) =>
        indexById.TryGetValue(id, out var index)
            ? index
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
