using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Reporting.Model;

/// <summary>What the data-quality section reports: cross-document findings, merged repeats, skipped mentions, issues.</summary>
internal sealed record QualityView(
    IReadOnlyList<FindingView> Conflicts,
    IReadOnlyList<FindingView> Corroborated,
    IReadOnlyList<FactView> MergedRepeats,
    IReadOnlyList<(string Reason, int Count)> SkippedByReason,
    IReadOnlyList<SkippedMention> SkippedExamples,
    IReadOnlyList<RunIssue> Issues)
{
    public int MergedOccurrences => MergedRepeats.Sum(f => f.Fact.Occurrences.Count - 1);
}

/// <summary>A cross-document finding with the facts it names, in document order.</summary>
internal sealed record FindingView(CrossDocumentFinding Finding, MetricInfo Metric, IReadOnlyList<FactView> Facts);
