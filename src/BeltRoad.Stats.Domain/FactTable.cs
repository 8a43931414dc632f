namespace BeltRoad.Stats.Domain;

/// <summary>Everything one run extracted: the documents, their facts (sorted), and what was found across them.</summary>
public sealed record FactTable(
    IReadOnlyList<DocumentInfo> Documents,
    IReadOnlyList<Fact> Facts,
    IReadOnlyList<CrossDocumentFinding> Findings,
    IReadOnlyList<SkippedMention> Skipped,
    IReadOnlyList<RunIssue> Issues)
{
    public static FactTable Empty { get; } = new([], [], [], [], []);
}
