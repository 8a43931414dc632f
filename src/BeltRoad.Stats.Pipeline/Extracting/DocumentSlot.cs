using BeltRoad.Stats.Domain;
using BeltRoad.Stats.Extraction.Facts;

namespace BeltRoad.Stats.Pipeline.Extracting;

/// <summary>
/// What became of one input, kept at its place in the listing so the table is in input order whatever finished first:
/// its extraction (none when it could not be read or processed), what reading it said, and a processing failure.
/// </summary>
internal sealed record DocumentSlot(DocumentExtraction? Extraction, IReadOnlyList<RunIssue> ReadIssues, RunIssue? Failure)
{
    public static FactTable Assemble(IReadOnlyList<RunIssue> listingIssues, IReadOnlyList<DocumentSlot> slots) =>
        FactTableBuilder.Assemble(
            [.. slots.Select(s => s.Extraction).OfType<DocumentExtraction>()],
            [.. listingIssues, .. slots.SelectMany(s => s.ReadIssues), .. slots.Select(s => s.Failure).OfType<RunIssue>()]);
}
