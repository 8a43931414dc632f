using System.Runtime;

namespace BeltRoad.Stats.Pipeline.Extracting;

/// <summary>
/// No garbage collection in a new process from decoding the table's cache entries to the run's end: the hits of a run
/// from the cache as they are read, or, after the last document, the entries of the documents extracted now
/// (<see cref="StreamingExtraction"/>). Every decoded entry lives on in the fact table, and most of what the store and
/// report steps allocate lives to the run's end too (a +1-document run at 100 MB allocates ≈ 320 MB and holds ≈ 285 MB
/// at its end). A collection meanwhile finds little to free and pauses every thread to mark or copy what lives: ≈ 10
/// collections pausing 160–250 ms of a 1.6–1.9 s run, when the region ended with the extract step (decoding only).
/// The region is sized from the entries' bytes; a run that allocates more (many documents extracted inside a region
/// begun for the hits) simply collects again. Not for a process that still holds a previous run's table (the
/// scheduler's): starting a region collects fully first.
/// </summary>
internal sealed class NoCollectionWhileDecoded : IDisposable
{
    // Bytes a run allocates per byte of entries, with room (measured ≈ 5.3 at 100 MB: 318 MB from a 60 MB cache file).
    private const long BytesPerEntryByte = 6;

    // Never more than this share of the memory the collector may use: a region is a promise to allocate that much unchecked.
    private const long AvailableMemoryShare = 4;

    private bool _active;

    // Collections counted when the region began: none happen inside it, so any since means it is over, and a region
    // open now is another run's, which this one's end must leave alone.
    private readonly int _collections;

    private NoCollectionWhileDecoded(bool active)
    {
        _active = active;
        _collections = GC.CollectionCount(0);
    }

    /// <summary>A region for a run from the cache at <paramref name="cachePath"/> (its entries are the file); none when the file is empty or missing.</summary>
    public static NoCollectionWhileDecoded Begin(string cachePath) => ForEntries(File.Exists(cachePath) ? new FileInfo(cachePath).Length : 0);

    /// <summary>
    /// A region for a run that decodes <paramref name="entryBytes"/> of entries; none when there are none, when the
    /// region would be more than a quarter of the memory available, or when another region is open.
    /// </summary>
    public static NoCollectionWhileDecoded ForEntries(long entryBytes)
    {
        var bytes = entryBytes * BytesPerEntryByte;
        var available = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        // Asked for while one is open, the runtime refuses and ends the open one too: another run's is left alone.
        if (bytes == 0 || (available > 0 && bytes > available / AvailableMemoryShare) || GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            return new NoCollectionWhileDecoded(false);
        }

        try
        {
            return new NoCollectionWhileDecoded(GC.TryStartNoGCRegion(bytes, disallowFullBlockingGC: true));
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException)
        {
            return new NoCollectionWhileDecoded(false); // larger than the runtime allows, or another run's region opened meanwhile
        }
    }

    public void Dispose()
    {
        var open = _active && GC.CollectionCount(0) == _collections && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion;
        _active = false;
        if (!open)
        {
            return; // never started, or ended by a collection when the run allocated more than the region held
        }

        try
        {
            GC.EndNoGCRegion();
        }
        catch (InvalidOperationException)
        {
            // Ended meanwhile (a collection another thread asked for): nothing left to end.
        }
    }
}
