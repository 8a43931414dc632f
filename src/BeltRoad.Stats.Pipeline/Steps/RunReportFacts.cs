using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Reporting;

namespace BeltRoad.Stats.Pipeline.Steps;

/// <summary>
/// The report's facts as the store step hands them over while it writes them: the run's decoded facts, read once, a
/// document at a time (in the report's order of documents, each document's facts put in span order, as the report
/// numbers them), so the report's pass runs beside facts.sqlite and the exports and decodes nothing again. The
/// documents with their fact counts, the findings, the skipped mentions and the issues are the run's
/// <paramref name="account"/>; each fact's finding number is <paramref name="findingByFact"/> at its place, the run's
/// one <see cref="FindingMembership"/> the writers read too (a dictionary of the members' ids of its own was ≈ 40 MB at
/// 1 GB of input, held through the pass). Once read, the facts are let go here: the report goes on to its model, page
/// and digest holding only what its pass kept.
/// </summary>
internal sealed class RunReportFacts(TableAccount account, IReadOnlyList<Fact> facts, IReadOnlyList<int?> findingByFact) : IReportFacts
{
    private readonly IReportFacts _listing = ReportFacts.Of(account.Listing);
    private IReadOnlyList<Fact>? _facts = facts;

    /// <summary>The report's facts of <paramref name="facts"/> with <paramref name="account"/>'s findings.</summary>
    /// <exception cref="ArgumentException">The findings break the relation the exports check (<see cref="FindingMembership"/>).</exception>
    public static RunReportFacts Of(TableAccount account, IReadOnlyList<Fact> facts)
    {
        ArgumentNullException.ThrowIfNull(account);
        return new(account, facts, FindingMembership.Of(account.Listing with { Facts = facts }).FindingByFact);
    }

    public IReadOnlyList<(DocumentInfo Document, int Facts)> Documents() =>
        [.. account.Listing.Documents.OrderBy(d => d.Name, StringComparer.Ordinal).Select(d => (d, account.FactsByDocument.GetValueOrDefault(d.Name)))];

    /// <exception cref="InvalidOperationException">The facts were read already (they are let go after one read).</exception>
    /// <exception cref="ArgumentException">
    /// A document's facts are not together or not as many as the account counts, or a document with facts is not listed
    /// (the findings' members were checked when the membership was made).
    /// </exception>
    public IEnumerable<(Fact Fact, int? Finding)> Facts()
    {
        var all = Interlocked.Exchange(ref _facts, null)
            ?? throw new InvalidOperationException("The run's facts are read once by the report, and were read already.");
        return Read(all);
    }

    private IEnumerable<(Fact Fact, int? Finding)> Read(IReadOnlyList<Fact> all)
    {
        var documents = Documents();
        var runs = RunsByDocument(all);
        if (runs.Keys.Except(documents.Select(d => d.Document.Name), StringComparer.Ordinal).FirstOrDefault() is { } unlisted)
        {
            throw new ArgumentException($"The run has facts of '{unlisted}', a document it does not list.", nameof(account));
        }

        var read = 0;
        foreach (var (document, count) in documents.Where(d => d.Facts > 0))
        {
            read += count;
            if (!runs.TryGetValue(document.Name, out var run) || run.Count != count)
            {
                throw new ArgumentException($"The run counts {count} fact(s) of '{document.Name}' but holds {run.Count}.", nameof(account));
            }

            foreach (var i in Enumerable.Range(run.First, run.Count).OrderBy(i => all[i].Span))
            {
                yield return (all[i], findingByFact[i]);
            }
        }

        if (read != all.Count)
        {
            throw new ArgumentException($"The run holds {all.Count - read} fact(s) of documents it counts none of.", nameof(account));
        }

    }

    public IReadOnlyList<CrossDocumentFinding> Findings() => _listing.Findings();

    public IReadOnlyDictionary<string, int> SkippedByReason() => _listing.SkippedByReason();

    public IEnumerable<SkippedMention> Skipped() => _listing.Skipped();

    public IReadOnlyList<RunIssue> Issues() => _listing.Issues();

    /// <summary>Where each document's facts are in <paramref name="all"/>: together, as the table keeps them.</summary>
    private static Dictionary<string, (int First, int Count)> RunsByDocument(IReadOnlyList<Fact> all)
    {
        var runs = new Dictionary<string, (int First, int Count)>(StringComparer.Ordinal);
        foreach (var (doc, first, count) in DocumentRuns.Of(all))
        {
            if (!runs.TryAdd(doc, (first, count)))
            {
                throw new ArgumentException($"The facts of '{doc}' are not together in the run's table.", nameof(all));
            }
        }

        return runs;
    }
}
