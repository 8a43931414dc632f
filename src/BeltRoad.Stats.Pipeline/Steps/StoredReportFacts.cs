using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Reporting;
using BeltRoad.Stats.Storage;

namespace BeltRoad.Stats.Pipeline.Steps;

/// <summary>
/// The report's facts read back from a facts.sqlite the run wrote, one document at a time (by the index on doc, in the
/// report's order of documents; each document's facts put in span order, as the report numbers them), so the report
/// builds its views from the store rather than from the table's list of facts: a fact read back is the fact the run had
/// (<c>FactStoreTests</c>). The documents with their fact counts, the findings, the skipped mentions and the issues
/// are the run's <paramref name="account"/> (small beside the facts; the store holds them too).
/// </summary>
internal sealed class StoredReportFacts(string factsSqlite, TableAccount account) : IReportFacts
{
    private readonly IReportFacts _listing = ReportFacts.Of(account.Listing);

    public IReadOnlyList<(DocumentInfo Document, int Facts)> Documents() =>
        [.. account.Listing.Documents.OrderBy(d => d.Name, StringComparer.Ordinal).Select(d => (d, account.FactsByDocument.GetValueOrDefault(d.Name)))];

    /// <exception cref="ArgumentException">A fact is in two findings, or a finding names a fact the store does not hold.</exception>
    /// <exception cref="FormatException">The store holds another number of a document's facts than the run (<see cref="FactStore.FactsOf"/>).</exception>
    public IEnumerable<(Fact Fact, int? Finding)> Facts()
    {
        var documents = Documents();
        if (account.FactsByDocument.Keys.Except(documents.Select(d => d.Document.Name), StringComparer.Ordinal).FirstOrDefault() is { } unlisted)
        {
            throw new ArgumentException($"The run has facts of '{unlisted}', a document it does not list: facts.sqlite cannot hold them.", nameof(account));
        }

        var findingOf = FindingOf(account.Listing.Findings);
        var members = 0;
        var stored = FactStore.FactsOf(factsSqlite, documents.Where(d => d.Facts > 0).Select(d => (d.Document.Name, d.Facts)));
        foreach (var document in ByDocument(stored))
        {
            foreach (var f in document.OrderBy(f => f.Span))
            {
                yield return (f, Finding(f));
            }
        }

        if (members != findingOf.Count)
        {
            throw new ArgumentException($"The findings name {findingOf.Count - members} fact(s) not in facts.sqlite.", nameof(account));
        }

        int? Finding(Fact f)
        {
            if (!findingOf.TryGetValue(f.Id, out var number))
            {
                return null;
            }

            members++;
            return number;
        }
    }

    public IReadOnlyList<CrossDocumentFinding> Findings() => _listing.Findings();

    public IReadOnlyDictionary<string, int> SkippedByReason() => _listing.SkippedByReason();

    public IEnumerable<SkippedMention> Skipped() => _listing.Skipped();

    public IReadOnlyList<RunIssue> Issues() => _listing.Issues();

    /// <summary>The facts a document at a time (they come by document), each list given before the next is read.</summary>
    private static IEnumerable<List<Fact>> ByDocument(IEnumerable<Fact> facts)
    {
        var document = new List<Fact>();
        foreach (var fact in facts)
        {
            if (document.Count > 0 && !string.Equals(fact.Doc, document[0].Doc, StringComparison.Ordinal))
            {
                yield return document;
                document = [];
            }

            document.Add(fact);
        }

        if (document.Count > 0)
        {
            yield return document;
        }
    }

    /// <summary>Each finding member's finding number (from 1), as <see cref="FindingMembership"/> gives it for a table.</summary>
    private static Dictionary<string, int> FindingOf(IReadOnlyList<CrossDocumentFinding> findings)
    {
        var findingOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < findings.Count; i++)
        {
            foreach (var id in findings[i].FactIds)
            {
                if (!findingOf.TryAdd(id, i + 1))
                {
                    throw new ArgumentException($"Fact '{id}' is named by findings {findingOf[id]} and {i + 1}: a fact belongs to one finding at most.", nameof(findings));
                }
            }
        }

        return findingOf;
    }
}
