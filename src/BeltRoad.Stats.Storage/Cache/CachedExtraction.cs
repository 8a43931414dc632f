using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// What extracting one document gave, as the extraction cache keeps it: enough to publish it again unread. The text
/// itself is not kept, only what its published file must hold (<paramref name="Text"/>): a run links that file
/// from the published set when it still matches, and extracts the document again when it does not.
/// </summary>
/// <param name="Warnings">What reading the document warned about (a sidecar ignored, a page without text), said again on every run.</param>
public sealed record CachedExtraction(DocumentInfo Document, TextDigest Text, IReadOnlyList<Fact> Facts, IReadOnlyList<SkippedMention> Skipped, IReadOnlyList<RunIssue> Warnings);
