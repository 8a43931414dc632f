using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage;

/// <summary>What the exports read of a fact beyond its own fields: the page it starts on and every place it is stated.</summary>
internal static class FactLookup
{
    /// <summary>The page each fact starts on, for facts from paged documents (PDFs); null otherwise.</summary>
    public static Func<Fact, int?> Pages(FactTable table)
    {
        var documents = table.Documents.ToDictionary(d => d.Name, StringComparer.Ordinal);
        return fact => documents.GetValueOrDefault(fact.Doc)?.PageOf(fact.Span);
    }
}
