using BeltRoad.Stats.Domain;

namespace BeltRoad.Stats.Storage;

/// <summary>One document of a published fact table and how many facts it gave.</summary>
public sealed record PublishedDocumentFacts(string Doc, int Facts);

/// <summary>
/// What a run may copy from the published fact files instead of writing it again: the run that published them, its
/// documents in the files' order (ordinal by name, the order facts are sorted in) with their fact counts, and the
/// documents whose facts are the same in this run (same extraction key and count: a cached document's facts are a pure
/// function of its key).
/// </summary>
public sealed record PublishedFacts(string RunId, IReadOnlyList<PublishedDocumentFacts> Documents, IReadOnlySet<string> Reused)
{
    /// <summary>
    /// The published documents in order, each with the index of its first fact in <paramref name="table"/> when its
    /// facts are reused (same count there; their rows are contiguous, the table being sorted by document), else null.
    /// </summary>
    /// <exception cref="FormatException">The documents are not in the files' order.</exception>
    internal IEnumerable<(string Doc, int Count, int? First)> InTable(FactTable table) =>
        Placed(table).Select(d => (d.Doc, d.Count, d.First));

    /// <summary>
    /// The documents whose rows are copied: reused, with the same count in <paramref name="table"/>, a document without
    /// facts too (its row and skipped mentions are its key's, like the others': a fifth of a large corpus may have none).
    /// </summary>
    /// <inheritdoc cref="InTable" path="/exception"/>
    internal HashSet<string> CopiedIn(FactTable table) =>
        Placed(table).Where(d => d.Copied).Select(d => d.Doc).ToHashSet(StringComparer.Ordinal);

    // One walk decides both: whether a document's rows are copied, and where its facts are when it has any.
    private IEnumerable<(string Doc, int Count, int? First, bool Copied)> Placed(FactTable table)
    {
        var runs = FactRuns.ByDocument(table);
        string? previous = null;
        foreach (var (doc, count) in Documents)
        {
            if (previous is not null && string.CompareOrdinal(previous, doc) >= 0)
            {
                throw new FormatException($"The published documents are not in the fact files' order ('{previous}' before '{doc}').");
            }

            previous = doc;
            var found = runs.TryGetValue(doc, out var run);
            var copied = Reused.Contains(doc) && (found ? run.Count == count : count == 0);
            yield return (doc, count, copied && found ? run.First : null, copied);
        }
    }
}

/// <summary>One published export (facts.json, facts.csv or facts.sqlite) with the size the published set recorded for it.</summary>
public sealed record PublishedExport(string Path, long Size, PublishedFacts Facts)
{
    /// <summary>An old file of this export's that the new one may be written over instead of a new file (<see cref="SpareFile"/>); null: none.</summary>
    public string? Spare { get; init; }

    /// <summary>Whether the file is there with the recorded size (not replaced, cut short or grown since).</summary>
    internal bool Intact => new FileInfo(Path) is { Exists: true } file && file.Length == Size;

    /// <summary>
    /// What <paramref name="open"/> makes of the published file, or null when there is none or it is not what its
    /// account says (the caller then writes its file whole).
    /// </summary>
    internal static T? TryOpen<T>(PublishedExport? published, Func<PublishedExport, T?> open)
        where T : class
    {
        try
        {
            return published is null ? null : open(published);
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
