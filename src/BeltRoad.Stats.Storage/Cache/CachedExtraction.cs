using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage;

/// <summary>What extracting one document gave, as the extraction cache keeps it: enough to publish it again unread.</summary>
/// <param name="Warnings">What reading the document warned about (a sidecar ignored, a page without text), said again on every run.</param>
public sealed record CachedExtraction(DocumentInfo Document, string Text, IReadOnlyList<Fact> Facts, IReadOnlyList<SkippedMention> Skipped, IReadOnlyList<RunIssue> Warnings);
