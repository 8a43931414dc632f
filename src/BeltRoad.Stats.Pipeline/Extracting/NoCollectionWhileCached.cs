using System.Runtime;

namespace BeltRoad.Stats.Pipeline.Extracting;

/// <summary>
/// No garbage collection while a new process decodes its extraction cache into the fact table: every decoded entry
/// lives on in the table, so a collection meanwhile finds almost nothing to free and only copies them to an older
/// generation, with both workers paused (≈ 30 collections, 250 ms of a 1.2 s step at 100 MB). The region is sized from
/// the cache file (an entry decodes to about three times its bytes); a run that allocates more simply collects again.
/// Not for a process that still holds a previous run's table (the scheduler's): starting a region collects fully first.
/// </summary>
internal sealed class NoCollectionWhileDecoding : IDisposable
{
    // Decoded objects per byte of cache file, with room for the table's assembly (measured ≈ 2.8 at 100 MB).
    private const long BytesPerCacheByte = 4;

    private bool _active;

    private NoCollectionWhileDecoding(bool active) => _active = active;

    /// <summary>A region for decoding the cache at <paramref name="cachePath"/>; none when the file is empty or missing, or another region is open.</summary>
    public static NoCollectionWhileDecoding Begin(string cachePath)
    {
        var bytes = File.Exists(cachePath) ? new FileInfo(cachePath).Length * BytesPerCacheByte : 0;
        try
        {
            return new NoCollectionWhileDecoding(bytes > 0 && GC.TryStartNoGCRegion(bytes, disallowFullBlockingGC: true));
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException)
        {
            return new NoCollectionWhileDecoding(false); // larger than the runtime allows, or another run's region is open
        }
    }

    public void Dispose()
    {
        if (!_active || GCSettings.LatencyMode != GCLatencyMode.NoGCRegion)
        {
            return; // never started, or ended by a collection when the run allocated more than the region held
        }

        _active = false;
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
