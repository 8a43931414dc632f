namespace BeltRoad.Stats.Domain;

/// <summary>Facts from different documents that share a <see cref="FactKey"/>.</summary>
public sealed record CrossDocumentFinding(FindingKind Kind, FactKey Key, IReadOnlyList<string> FactIds, IReadOnlyList<string> Documents);
