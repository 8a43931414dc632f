using BeltRoad.Stats.Storage;

namespace BeltRoad.Stats.Pipeline.Extracting;

/// <summary>
/// The last run's extraction-cache entries, decoded, by key, kept by a runner that outlives its runs (the scheduler's):
/// its next run takes an unchanged document from here instead of decoding it again from the cache file, which was most
/// of a warm +1-document run's extract step. An entry's key covers the document's bytes, the settings and the program
/// build, so a kept entry is what the file would give. Only keys the file still holds are looked up at all, so the
/// file stays the complete cache a new process starts from. Between runs it holds what the last fact table held.
/// </summary>
internal sealed class ExtractionMemo
{
    private readonly bool _keeps;
    private IReadOnlyDictionary<string, CachedExtraction> _entries = new Dictionary<string, CachedExtraction>(StringComparer.Ordinal);

    public ExtractionMemo()
        : this(keeps: true)
    {
    }

    private ExtractionMemo(bool keeps) => _keeps = keeps;

    /// <summary>
    /// A memo that keeps nothing, for a process that exits after its run: there is no next run to keep entries for,
    /// and kept they would hold every fact the run lets go after its store step.
    /// </summary>
    public static ExtractionMemo None => new(keeps: false);

    public CachedExtraction? Find(string key) => Volatile.Read(ref _entries).GetValueOrDefault(key);

    /// <summary>True before this process's first run: every cached entry is decoded from the file.</summary>
    public bool IsEmpty => Volatile.Read(ref _entries).Count == 0;

    /// <summary>Keeps one run's entries (<paramref name="entries"/>[i] under <paramref name="keys"/>[i]; none for a document not extracted), dropping the previous run's.</summary>
    public void Replace(IReadOnlyList<string> keys, IReadOnlyList<CachedExtraction?> entries)
    {
        if (!_keeps)
        {
            return;
        }

        var kept = new Dictionary<string, CachedExtraction>(keys.Count, StringComparer.Ordinal);
        for (var i = 0; i < keys.Count; i++)
        {
            if (entries[i] is { } entry)
            {
                kept[keys[i]] = entry;
            }
        }

        Volatile.Write(ref _entries, kept);
    }
}
