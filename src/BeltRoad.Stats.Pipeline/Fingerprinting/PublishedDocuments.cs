namespace BeltRoad.Stats.Pipeline.Fingerprinting;

/// <summary>Which documents two runs' accounts disagree on.</summary>
internal static class PublishedDocuments
{
    /// <summary>
    /// The documents added, removed, or held by both with another key or fact count (a document that failed in one
    /// run and not the other counts, whatever its key): only these can have facts that differ.
    /// </summary>
    public static IReadOnlySet<string> Changed(IReadOnlyDictionary<string, PublishedDocument> before, IReadOnlyDictionary<string, PublishedDocument> after) =>
        before.Keys.Concat(after.Keys)
            .Where(doc => before.GetValueOrDefault(doc) is not { } was || after.GetValueOrDefault(doc) != was)
            .ToHashSet(StringComparer.Ordinal);
}
