using BeltRoad.Stats.Pipeline.Fingerprinting;
using BeltRoad.Stats.Pipeline.Publishing;
using BeltRoad.Stats.Storage;

namespace BeltRoad.Stats.Pipeline.Steps;

/// <summary>What the store step may copy from the published fact files: the unchanged documents' facts.</summary>
internal static class PublishedFactsOf
{
    /// <summary>
    /// The published documents and which of them have the same facts in this run (same extraction key and count), or
    /// null when the published set has no account of them, <c>--force</c> asks for everything written anew, or less
    /// than half of the facts would be copied (reading the published files would then cost more than it saves).
    /// </summary>
    public static PublishedFacts? Run(RunContext context)
    {
        if (context.Options.Force || context.PublishedManifest is not { } published)
        {
            return null;
        }

        var now = PublishedManifestOf.Documents(context);
        var changed = PublishedDocuments.Changed(published.Documents, now);
        var reused = now.Keys.Where(doc => !changed.Contains(doc)).ToHashSet(StringComparer.Ordinal);
        return 2L * reused.Sum(doc => now[doc].Facts) < context.Table.Facts.Count
            ? null
            : new PublishedFacts(
                published.RunId,
                [.. published.Documents.OrderBy(d => d.Key, StringComparer.Ordinal).Select(d => new PublishedDocumentFacts(d.Key, d.Value.Facts))],
                reused);
    }

    /// <summary>
    /// One published export to copy from, with the size the published set recorded, and the spare its new file is
    /// written over when the publisher kept one; null when it recorded none.
    /// </summary>
    public static PublishedExport? Export(RunContext context, PublishedFacts? facts, string file) =>
        facts is not null && context.PublishedManifest?.Outputs.TryGetValue(file, out var size) == true
            ? new PublishedExport(Path.Combine(context.Options.OutputDirectory, file), size, facts) { Spare = Path.Combine(PublishPaths.For(context.Options.OutputDirectory).Spares, file) }
            : null;
}
