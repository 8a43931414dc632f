namespace BeltRoad.Stats.Storage;

/// <summary>
/// Where another connection (the run store's copy, <see cref="IRunStore.StoreContent(PublishedContent, string)"/>) reads a
/// run's documents, facts and findings while facts.sqlite is still being written: <see cref="FactStore.Write(string, Domain.FactTable, IEnumerable{RunRecord}, PublishedExport?, FactStoreSource?)"/>
/// offers the file once those tables are committed (a whole write's first half, before the other tables and the
/// indexes, which commit once the reader is done; a patched file once patched), and keeps it until the reader says it
/// is done. The reader must call <see cref="Release"/> once, whatever happened, or the write never ends; it must take
/// no write lock on the file (BEGIN DEFERRED), which the writer holds.
/// </summary>
public sealed class FactStoreSource
{
    private readonly TaskCompletionSource<string?> _offered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The file's path, or null when none will be offered (facts.sqlite failed, or was never started).</summary>
    public Task<string?> Offered => _offered.Task;

    /// <summary>
    /// Whether the offered file's facts have the rowids 1, 2, … in the fact table's order (a whole write; not a patched
    /// file, where a changed document's rows come last); set before <see cref="Offered"/> completes. The first half of a
    /// whole write has no secondary index yet, so its reader finds a document's facts by their rowids.
    /// </summary>
    public bool RowsInTableOrder { get; private set; }

    /// <summary>No file will be offered: a reader waiting for one stops waiting. No effect once a file is offered.</summary>
    public void Withdraw() => _offered.TrySetResult(null);

    /// <summary>The reader is done with the offered file (or will never read it): the writer may delete or move it.</summary>
    public void Release() => _released.TrySetResult();

    internal void Offer(string path, bool rowsInTableOrder)
    {
        RowsInTableOrder = rowsInTableOrder;
        _offered.TrySetResult(path);
    }

    /// <summary>Waits for <see cref="Release"/> when a file was offered; at once when none was.</summary>
    internal void WaitForReader()
    {
        Withdraw();
        if (_offered.Task.Result is not null)
        {
            _released.Task.GetAwaiter().GetResult();
        }
    }
}
