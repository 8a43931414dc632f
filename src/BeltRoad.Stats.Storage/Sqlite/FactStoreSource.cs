namespace BeltRoad.Stats.Storage;

/// <summary>
/// Where another connection (the run store's copy, <see cref="IRunStore.StoreContent(PublishedContent, string)"/>) reads a
/// run's documents, facts and findings while facts.sqlite is still being written: <see cref="FactStore.Write(string, Domain.FactTable, IEnumerable{RunRecord}, PublishedExport?, FactStoreSource?)"/>
/// offers a committed SQLite file holding those tables as facts.sqlite has them as soon as they are in (a whole write's
/// content half, before the other tables are; a patched file once patched), and keeps it until the reader says it is
/// done. The reader must call <see cref="Release"/> once, whatever happened, or the write never ends.
/// </summary>
public sealed class FactStoreSource
{
    private readonly TaskCompletionSource<string?> _offered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The file's path, or null when none will be offered (facts.sqlite failed, or was never started).</summary>
    public Task<string?> Offered => _offered.Task;

    /// <summary>No file will be offered: a reader waiting for one stops waiting. No effect once a file is offered.</summary>
    public void Withdraw() => _offered.TrySetResult(null);

    /// <summary>The reader is done with the offered file (or will never read it): the writer may delete or move it.</summary>
    public void Release() => _released.TrySetResult();

    internal void Offer(string path) => _offered.TrySetResult(path);

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
