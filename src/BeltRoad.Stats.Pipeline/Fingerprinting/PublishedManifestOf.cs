using System.IO.Enumeration;
using BeltRoad.Stats.Extraction.Loading;

namespace BeltRoad.Stats.Pipeline.Fingerprinting;

/// <summary>What a run publishes about itself (<see cref="PublishedManifest"/>), from what its steps found.</summary>
internal static class PublishedManifestOf
{
    /// <summary>
    /// A file written within this long before the run started may be written again within its time stamp's
    /// granularity after being hashed, with the same size and stamp; it is left out, and hashed again next run.
    /// </summary>
    private static readonly TimeSpan RacyWindow = TimeSpan.FromSeconds(2);

    /// <summary>The last-write and status-change times (ns since 1970) from which on a stamp is too recent to record: <see cref="RacyWindow"/> before the run started.</summary>
    public static long SettledBefore(RunContext context) => (context.StartedUtc - RacyWindow - DateTimeOffset.UnixEpoch).Ticks * 100;

    public static PublishedManifest Run(RunContext context)
    {
        var inputs = context.Inputs ?? new InputListing([], [], context.Settings.Inputs);
        var settled = SettledBefore(context);
        var files = inputs.Entries.Concat(inputs.Sidecars)
            .DistinctBy(e => e.Name, StringComparer.Ordinal)
            .Where(e => e.Stamp is { } s && s.ModifiedNanoseconds < settled && s.ChangedNanoseconds < settled)
            .Where(e => context.InputHashes.TryGetValue(e.Name, out var hash) && !InputFingerprint.IsUnreadable(hash))
            .ToDictionary(e => e.Name, e => new HashedInput(e.Length, e.Stamp!.Value, context.InputHashes[e.Name]), StringComparer.Ordinal);
        return new PublishedManifest(context.RunId, InputFolder(context.Options), files, Documents(context), Outputs(context.StagingDirectory)) { Texts = context.Texts };
    }

    /// <summary>
    /// The files of a staged set outside <c>history/</c>, by relative path with '/', with their sizes; run.json is
    /// written after the manifest and is read whole by the up-to-date check, so it is not listed, nor is the file of its
    /// body, which run.json's writing deletes. <c>history/</c> is not
    /// walked at all: a recursive walk follows its links into every kept set (ten sets' files stat'ed to be dropped).
    /// </summary>
    public static IReadOnlyDictionary<string, long> Outputs(string staging)
    {
        var files = new FileSystemEnumerable<(string Path, long Size)>(
            staging,
            (ref FileSystemEntry e) => (Path.GetRelativePath(staging, e.ToFullPath()).Replace(Path.DirectorySeparatorChar, '/'), e.Length),
            new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
        {
            // By name first: run.json's body (RunReportWriter.BodyFile) may be deleted while the walk goes on.
            ShouldIncludePredicate = (ref FileSystemEntry e) => !e.FileName.SequenceEqual(RunReportWriter.BodyFile) && !e.IsDirectory,
            ShouldRecursePredicate = (ref FileSystemEntry e) => Path.GetRelativePath(staging, e.ToFullPath()) != OutputFiles.HistoryFolder,
        };
        return files.Where(f => f.Path != OutputFiles.RunJson).ToDictionary(f => f.Path, f => f.Size, StringComparer.Ordinal);
    }

    /// <summary>The run's documents with their keys and fact counts, as the published account will list them.</summary>
    public static IReadOnlyDictionary<string, PublishedDocument> Documents(RunContext context)
    {
        var facts = context.Account.FactsByDocument;

        return context.Account.Listing.Documents
            .Where(d => context.DocumentKeys.ContainsKey(d.Name))
            .ToDictionary(d => d.Name, d => new PublishedDocument(context.DocumentKeys[d.Name], facts.GetValueOrDefault(d.Name)), StringComparer.Ordinal);
    }

    /// <summary>The input folder as the stat cache names it: a cache made for one folder says nothing of another's files.</summary>
    public static string InputFolder(RunOptions options) => Path.GetFullPath(options.InputDirectory);
}
