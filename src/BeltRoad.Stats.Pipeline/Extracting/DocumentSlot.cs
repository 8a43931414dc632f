using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Facts;

namespace BeltRoad.Stats.Pipeline.Extracting;

/// <summary>
/// What became of one input, kept at its place in the listing so the table is in input order whatever finished first:
/// its extraction (none when it could not be read or processed) with its facts' summaries for the cross-document
/// findings (<see cref="FindingSummary"/>), what reading it said, and a processing failure.
/// </summary>
internal sealed record DocumentSlot(DocumentExtraction? Extraction, IReadOnlyList<RunIssue> ReadIssues, RunIssue? Failure)
{
    /// <summary>The extraction's facts as the findings read them, made with it; null when there is no extraction.</summary>
    public DocumentExtraction? Summary { get; private init; }

    /// <summary>A document whose extraction is final (from the cache, or decoded from its new entry), its summaries made now.</summary>
    public static DocumentSlot Extracted(DocumentExtraction extraction, IReadOnlyList<RunIssue> readIssues) =>
        new(extraction, readIssues, null) { Summary = FindingSummary.Of(extraction) };

    /// <summary>The table from the slots in order: its findings worked out from the summaries, its facts the extractions'.</summary>
    public static FactTable Assemble(IReadOnlyList<RunIssue> listingIssues, IReadOnlyList<DocumentSlot> slots) =>
        FindingSummary.Assemble(
            [.. slots.Select(s => s.Extraction).OfType<DocumentExtraction>()],
            [.. slots.Select(s => s.Summary).OfType<DocumentExtraction>()],
            [.. listingIssues, .. slots.SelectMany(s => s.ReadIssues), .. slots.Select(s => s.Failure).OfType<RunIssue>()]);
}
