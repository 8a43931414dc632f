using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Reporting;

/// <summary>
/// What a report is made from, read in the order the report numbers it: the run's fact table in memory
/// (<see cref="ReportFacts.Of"/>), or a store the facts were written to. Facts come one at a time, so a source over a
/// store never holds a list of every fact; the small lists (documents, findings, issues) are read whole.
/// </summary>
public interface IReportFacts
{
    /// <summary>The listed documents by name (ordinal), each with its number of facts.</summary>
    IReadOnlyList<(DocumentInfo Document, int Facts)> Documents();

    /// <summary>
    /// Every fact in the report's order — documents by name (ordinal), then span, facts at one span in the table's
    /// order, facts of a document not listed after all others — each with the number (from 1, in <see cref="Findings"/>'
    /// order) of the cross-document finding it is in, or null.
    /// </summary>
    /// <exception cref="ArgumentException">The facts and findings break the relation the exports check (<see cref="FindingMembership"/>).</exception>
    IEnumerable<(Fact Fact, int? Finding)> Facts();

    /// <summary>The cross-document findings, in the table's order.</summary>
    IReadOnlyList<CrossDocumentFinding> Findings();

    /// <summary>How many mentions were skipped for each reason (a reason none was skipped for is absent).</summary>
    IReadOnlyDictionary<string, int> SkippedByReason();

    /// <summary>The skipped mentions one at a time, each document's in the table's order.</summary>
    IEnumerable<SkippedMention> Skipped();

    /// <summary>The run's issues, in the table's order.</summary>
    IReadOnlyList<RunIssue> Issues();
}
