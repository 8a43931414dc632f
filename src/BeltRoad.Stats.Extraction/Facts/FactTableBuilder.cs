using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Loading;

namespace BeltRoad.Stats.Extraction.Facts;

/// <summary>Extracts every document and assembles the run's fact table in a fixed order.</summary>
public sealed class FactTableBuilder
{
    private readonly Func<SourceDocument, DocumentExtraction> _extract;

    public FactTableBuilder(FactExtractor extractor) => _extract = extractor.Extract;

    /// <summary>For tests: any per-document extraction, including one that fails.</summary>
    internal FactTableBuilder(Func<SourceDocument, DocumentExtraction> extract) => _extract = extract;

    public FactTable Build(LoadResult load, CancellationToken cancellationToken = default)
    {
        var results = new DocumentExtraction?[load.Documents.Count];
        var failures = new RunIssue?[load.Documents.Count];

        // Documents are independent; results land in input order whatever the scheduling. A document that
        // cannot be processed is reported by name and left out; the others go on.
        Parallel.For(0, load.Documents.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            try
            {
                results[i] = _extract(load.Documents[i]);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                failures[i] = RunIssue.Failure(load.Documents[i].Info.Name, $"could not be processed: {e.GetType().Name}: {e.Message}");
            }
        });

        var extractions = results.OfType<DocumentExtraction>().ToList();
        var issues = new List<RunIssue>(load.Issues);
        issues.AddRange(failures.OfType<RunIssue>());

        var facts = extractions.SelectMany(e => e.Facts).OrderBy(f => f.Doc, StringComparer.Ordinal).ThenBy(f => f.Span).ToList();
        return new FactTable(
            Documents: extractions.Select(e => e.Document).ToList(),
            Facts: facts,
            Findings: CrossDocumentMatcher.Match(facts, extractions.ToDictionary(e => e.Document.Name, e => e.Document.Date, StringComparer.Ordinal)),
            Skipped: extractions.SelectMany(e => e.Skipped).ToList(),
            Issues: issues);
    }
}
