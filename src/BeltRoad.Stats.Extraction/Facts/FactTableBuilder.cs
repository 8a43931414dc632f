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

        // Documents are independent; results land in input order whatever the scheduling.
        Parallel.For(0, load.Documents.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
            (results[i], failures[i]) = TryExtract(load.Documents[i]));

        return Assemble(results.OfType<DocumentExtraction>().ToList(), [.. load.Issues, .. failures.OfType<RunIssue>()]);
    }

    /// <summary>
    /// One document's facts; a document that cannot be processed is reported by name and left out, so the others
    /// go on. Thread-safe: a streaming run calls it from several workers.
    /// </summary>
    public (DocumentExtraction? Extraction, RunIssue? Failure) TryExtract(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        try
        {
            return (_extract(document), null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return (null, RunIssue.Failure(document.Info.Name, $"could not be processed: {e.GetType().Name}: {e.Message}"));
        }
    }

    /// <summary>
    /// The run's fact table from its documents' extractions, in input order: facts sorted by document and span,
    /// then the cross-document findings. Whether an extraction was made now or read from a cache makes no difference.
    /// </summary>
    public static FactTable Assemble(IReadOnlyList<DocumentExtraction> extractions, IReadOnlyList<RunIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(extractions);
        var facts = Concat(extractions, e => e.Facts);
        if (!InOrder(facts))
        {
            facts = [.. facts.OrderBy(f => f.Doc, StringComparer.Ordinal).ThenBy(f => f.Span)];
        }

        return new FactTable(
            Documents: extractions.Select(e => e.Document).ToList(),
            Facts: facts,
            Findings: CrossDocumentMatcher.Match(facts, extractions.ToDictionary(e => e.Document.Name, e => e.Document.Date, StringComparer.Ordinal)),
            Skipped: new JoinedList<SkippedMention>(extractions.Select(e => e.Skipped)),
            Issues: issues);
    }

    // Every document's facts in one list made at its size (the skipped mentions, three times as many, are joined, not copied).
    private static List<T> Concat<T>(IReadOnlyList<DocumentExtraction> extractions, Func<DocumentExtraction, IReadOnlyList<T>> part)
    {
        var all = new List<T>(extractions.Sum(e => part(e).Count));
        foreach (var extraction in extractions)
        {
            all.AddRange(part(extraction));
        }

        return all;
    }

    // By document and span, as the sort would leave them: usually so already (the listing is in name order and each
    // document's facts in span order), and the sort is stable, so a list in order is left as it is without sorting it.
    internal static bool InOrder(List<Fact> facts)
    {
        for (var i = 1; i < facts.Count; i++)
        {
            var byDoc = string.CompareOrdinal(facts[i - 1].Doc, facts[i].Doc);
            if (byDoc > 0 || (byDoc == 0 && facts[i - 1].Span.CompareTo(facts[i].Span) > 0))
            {
                return false;
            }
        }

        return true;
    }
}
