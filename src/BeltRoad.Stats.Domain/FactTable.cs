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

    /// <summary>The date the data speaks for: the newest document date (fixed fallback when none states one), never the clock.</summary>
    public DateOnly DataDate =>
        Documents.Select(d => d.Date).OfType<PeriodPoint>().Select(d => d.FirstDay).DefaultIfEmpty(new DateOnly(2000, 1, 1)).Max();
}
