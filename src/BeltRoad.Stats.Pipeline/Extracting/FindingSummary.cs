using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Facts;

namespace BeltRoad.Stats.Pipeline.Extracting;

/// <summary>
/// What the cross-document findings read of a document's facts, and nothing more: each fact without its subject,
/// section, quote, occurrences, as_of basis and measure word (the matcher reads a fact's id, document, span, metric,
/// series — entity, indicator, unit, aggregation, nature, as_of — and its figure). Made a document at a time, as its
/// facts become final (a cache hit on its worker, a document extracted now as its entry is decoded), so the findings
/// are worked out from the summaries rather than the table (issue 54 part 1: the first of the two passes over the
/// extraction cache that would let the facts themselves go a document at a time; <c>docs/scale.md</c>, item 3).
/// A summary is the fact's object with the large fields emptied: its strings are the fact's own, so beside the table
/// it costs the object alone (≈ 150 bytes), and without the table its id and the document's entity and indicator too.
/// </summary>
internal static class FindingSummary
{
    /// <summary>The summaries of one document's facts, in its order, with its skipped mentions (joined, not copied, by the table).</summary>
    public static DocumentExtraction Of(DocumentExtraction extraction) =>
        new(extraction.Document, [.. extraction.Facts.Select(Of)], extraction.Skipped);

    private static Fact Of(Fact fact) =>
        fact with { Subject = "", SectionPath = "", Quote = "", Occurrences = [], AsOfBasis = null, Measure = null };

    /// <summary>
    /// The run's table: its documents, findings, skipped mentions and issues assembled from the summaries
    /// (<see cref="FactTableBuilder.Assemble"/>, the one rule for the table's order and its findings), its facts the
    /// documents' own in the same order. The builder leaves the facts as they come when they are in order (the usual
    /// case: the listing is in name order, each document's facts in span order); otherwise its sort is stable and by
    /// document and span, which a summary keeps, so the same sort of the facts gives the same order.
    /// </summary>
    public static FactTable Assemble(IReadOnlyList<DocumentExtraction> extractions, IReadOnlyList<DocumentExtraction> summaries, IReadOnlyList<RunIssue> issues)
    {
        var assembled = FactTableBuilder.Assemble(summaries, issues);
        var facts = new List<Fact>(assembled.Facts.Count);
        foreach (var extraction in extractions)
        {
            facts.AddRange(extraction.Facts);
        }

        if (!SameOrder(facts, assembled.Facts))
        {
            facts = [.. facts.OrderBy(f => f.Doc, StringComparer.Ordinal).ThenBy(f => f.Span)];
        }

        return assembled with { Facts = facts };
    }

    private static bool SameOrder(List<Fact> facts, IReadOnlyList<Fact> summaries)
    {
        for (var i = 0; i < facts.Count; i++)
        {
            if (!ReferenceEquals(facts[i].Id, summaries[i].Id))
            {
                return false;
            }
        }

        return true;
    }
}
