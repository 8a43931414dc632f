using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Loading;

namespace BeltRoad.Stats.Extraction.Facts;

/// <summary>Extracts every document and assembles the run's fact table in a fixed order.</summary>
public sealed class FactTableBuilder(FactExtractor extractor)
{
    public FactTable Build(LoadResult load, CancellationToken cancellationToken = default)
    {
        var extractions = new DocumentExtraction[load.Documents.Count];
        var issues = new List<RunIssue>(load.Issues);

        // Documents are independent; results land in input order whatever the scheduling.
        Parallel.For(0, load.Documents.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            extractions[i] = extractor.Extract(load.Documents[i]));

        var facts = extractions.SelectMany(e => e.Facts).OrderBy(f => f.Doc, StringComparer.Ordinal).ThenBy(f => f.Span).ToList();
        return new FactTable(
            Documents: extractions.Select(e => e.Document).ToList(),
            Facts: facts,
            Findings: CrossDocumentMatcher.Match(facts),
            Skipped: extractions.SelectMany(e => e.Skipped).ToList(),
            Issues: issues);
    }
}
