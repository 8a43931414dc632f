using System.Runtime;

namespace BeltRoad.Stats.Pipeline.Extracting;

/// <summary>
/// No garbage collection while a new process makes a run from its extraction cache, from decoding the entries to the
/// run's end: every decoded entry lives on in the fact table, and most of what the store and report steps allocate
/// lives to the run's end too (a +1-document run at 100 MB allocates ≈ 320 MB and holds ≈ 285 MB at its end). A
/// collection meanwhile finds little to free and pauses every thread to mark or copy what lives: ≈ 10 collections
/// pausing 160–250 ms of a 1.6–1.9 s run, when the region ended with the extract step (decoding only). The
/// region is sized from the cache file; a run that allocates more (many documents extracted anew) simply collects
/// again. Not for a process that still holds a previous run's table (the scheduler's): starting a region collects fully first.
/// </summary>
internal sealed class NoCollectionWhileCached : IDisposable
{
    // Bytes a run allocates per byte of cache file, with room (measured ≈ 5.3 at 100 MB: 318 MB from a 60 MB file).
    private const long BytesPerCacheByte = 6;

    // Never more than this share of the memory the collector may use: a region is a promise to allocate that much unchecked.
    private const long AvailableMemoryShare = 4;

    private bool _active;

    // Collections counted when the region began: none happen inside it, so any since means it is over, and a region
    // open now is another run's, which this one's end must leave alone.
    private readonly int _collections;

    private NoCollectionWhileCached(bool active)
    {
        _active = active;
        _collections = GC.CollectionCount(0);
    }

    /// <summary>
    /// A region for a run from the cache at <paramref name="cachePath"/>; none when the file is empty or missing, when
    /// the region would be more than a quarter of the memory available, or when another region is open.
    /// </summary>
    public static NoCollectionWhileCached Begin(string cachePath)
    {
        var bytes = File.Exists(cachePath) ? new FileInfo(cachePath).Length * BytesPerCacheByte : 0;
        var available = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        // Asked for while one is open, the runtime refuses and ends the open one too: another run's is left alone.
        if (bytes == 0 || (available > 0 && bytes > available / AvailableMemoryShare) || GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            return new NoCollectionWhileCached(false);
        }

        try
        {
            return new NoCollectionWhileCached(GC.TryStartNoGCRegion(bytes, disallowFullBlockingGC: true));
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException)
        {
            return new NoCollectionWhileCached(false); // larger than the runtime allows, or another run's region opened meanwhile
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
