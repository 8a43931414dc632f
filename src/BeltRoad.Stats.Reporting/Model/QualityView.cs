using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Reporting.Model;

/// <summary>What the data-quality section reports: cross-document findings, merged repeats, skipped mentions, issues.</summary>
internal sealed record QualityView(
    IReadOnlyList<FindingView> Conflicts,
    IReadOnlyList<FindingView> Corroborated,
    RepeatsView MergedRepeats,
    IReadOnlyList<(string Reason, int Count)> SkippedByReason,
    IReadOnlyList<SkippedMention> SkippedExamples,
    IReadOnlyList<RunIssue> Issues)
{
    /// <summary>The merged repeats the digest lists.</summary>
    public const int ListedRows = 25;
}

/// <summary>Facts stated more than once in their document and merged: how many, how many statements merged, and the ones listed.</summary>
/// <param name="Shown">The first <see cref="QualityView.ListedRows"/>, most occurrences first, then in the table's order.</param>
internal sealed record RepeatsView(int Count, int MergedOccurrences, IReadOnlyList<FactView> Shown);

/// <summary>A cross-document finding with the facts it names as the reports print them (<see cref="FindingMembers"/>).</summary>
internal sealed record FindingView(CrossDocumentFinding Finding, MetricInfo Metric, FindingMembers Facts);
