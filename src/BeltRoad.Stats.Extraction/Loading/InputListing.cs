using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Extraction.Loading;

/// <summary>The documents of one input folder, in ordinal name order, and every entry skipped with the reason why.</summary>
public sealed record InputListing(IReadOnlyList<InputEntry> Entries, IReadOnlyList<RunIssue> Issues, InputOptions Options);
