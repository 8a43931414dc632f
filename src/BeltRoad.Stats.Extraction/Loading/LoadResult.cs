using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Loading;

public sealed record LoadResult(IReadOnlyList<SourceDocument> Documents, IReadOnlyList<RunIssue> Issues);
