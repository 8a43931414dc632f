using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Facts;

/// <summary>What one document yielded: its facts (duplicates already merged) and the mentions that did not become facts.</summary>
public sealed record DocumentExtraction(DocumentInfo Document, IReadOnlyList<Fact> Facts, IReadOnlyList<SkippedMention> Skipped);
