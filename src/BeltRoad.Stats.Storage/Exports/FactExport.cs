using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage;

/// <summary>A fact as the exports write it: with the page it starts on (PDF input) and the number of the finding it is in.</summary>
internal readonly record struct ExportedFact(Fact Fact, int? Page, int? Finding);

/// <summary>
/// What facts.json, facts.csv and facts.parquet are written from: the documents, every fact in the table's order with
/// its page and finding number, and the findings in their order (numbered from 1). Either a fact table in memory, or a
/// written facts.sqlite read back one fact at a time (<see cref="FromStore"/>), the same bytes: a run writes them from
/// its table beside facts.sqlite (five times cheaper), and a test holds them to what its facts.sqlite gives.
/// </summary>
public sealed class FactExport
{
    private readonly Func<IEnumerable<ExportedFact>> _facts;
    private readonly Func<IEnumerable<CrossDocumentFinding>> _findings;

    private FactExport(IReadOnlyList<DocumentInfo> documents, Func<IEnumerable<ExportedFact>> facts, Func<IEnumerable<CrossDocumentFinding>> findings)
    {
        Documents = documents;
        _facts = facts;
        _findings = findings;
    }

    /// <summary>The documents, in the table's order (by name).</summary>
    internal IReadOnlyList<DocumentInfo> Documents { get; }

    /// <summary>Every fact, in the table's order; each walk reads them anew.</summary>
    internal IEnumerable<ExportedFact> Facts => _facts();

    /// <summary>The findings, in the table's order (the first is number 1); each walk reads them anew.</summary>
    internal IEnumerable<CrossDocumentFinding> Findings => _findings();

    /// <summary>A table in memory.</summary>
    /// <exception cref="ArgumentException">A finding names a fact that is not in the table, or a fact is in two findings.</exception>
    public static FactExport Of(FactTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var pages = FactLookup.Pages(table);
        var findings = FindingIndex.ByFact(table);
        return new FactExport(table.Documents, () => table.Facts.Select((f, i) => new ExportedFact(f, pages(f), findings[i])), () => table.Findings);
    }

    /// <summary>
    /// A facts.sqlite this program wrote whole (<see cref="FactStore.Write"/>: its rows in the table's order): its
    /// documents read now, its facts and findings streamed on each walk, on a connection of the walk's own.
    /// </summary>
    /// <exception cref="FormatException">Not a fact store of this program's schema.</exception>
    public static FactExport FromStore(string path)
    {
        var documents = FactStore.Read(path, FactStoreReader.ReadDocuments);
        return new FactExport(documents, () => FactStore.Stream(path, FactStoreReader.StreamExported), () => FactStore.Stream(path, FactStoreReader.StreamFindings));
    }
}
