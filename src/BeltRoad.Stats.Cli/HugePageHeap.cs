using System.Globalization;
using System.Runtime.InteropServices;

namespace BeltRoad.Stats.Cli;

/// <summary>
/// Asks Linux to back the collected heap with transparent huge pages (2 MB) where the system leaves that to each
/// program (<c>/sys/kernel/mm/transparent_hugepage/enabled</c> = <c>madvise</c>, Debian's default), as JVMs and
/// mimalloc do: a run's heap is a few hundred MB touched once, and with 4 KB pages the kernel takes ~80,000 page faults
/// for it. On this 2-core VM a +1-document run at 100 MB spent ~0.7 s of CPU in them; with huge pages its system time
/// fell by ~0.5 s and its wall by ~0.4 s (issue 12). Where the system says <c>never</c> the advice is ignored, so that
/// setting turns it off; elsewhere than Linux nothing is done.
/// </summary>
internal static class HugePageHeap
{
    private const int MadvHugePage = 14;

    /// <summary>
    /// Marks the collector's reserved address range (the run of adjacent anonymous mappings holding a new object: the
    /// GC reserves its whole range at start and commits parts of it, which stay within it) as huge-page eligible.
    /// Returns the bytes advised, or 0 where nothing was (not Linux, no such kernel feature, maps unreadable).
    /// </summary>
    public static long Advise()
    {
        if (!OperatingSystem.IsLinux())
        {
            return 0;
        }

        try
        {
            var probe = new byte[64];
            var handle = GCHandle.Alloc(probe, GCHandleType.Pinned);
            ulong address;
            try
            {
                address = (ulong)handle.AddrOfPinnedObject();
            }
            finally
            {
                handle.Free();
            }

            if (ReservedRange(File.ReadAllLines("/proc/self/maps"), address) is not var (start, end))
            {
                return 0;
            }

            // A range with unmapped holes still gets the advice where mapped; madvise then says ENOMEM, which is fine.
            var result = madvise((nint)start, (nuint)(end - start), MadvHugePage);
            return result == 0 || Marshal.GetLastPInvokeError() == 12 ? (long)(end - start) : 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EntryPointNotFoundException or DllNotFoundException)
        {
            return 0;
        }
    }

    /// <summary>
    /// The run of adjacent anonymous mappings (no file, inode 0) of <c>/proc/self/maps</c> holding <paramref name="address"/>,
    /// or null when the address is in none.
    /// </summary>
    internal static (ulong Start, ulong End)? ReservedRange(IReadOnlyList<string> maps, ulong address)
    {
        var mappings = new List<(ulong Start, ulong End, bool Anonymous)>(maps.Count);
        foreach (var line in maps)
        {
            // A line of another shape (a kernel of another format) is passed over: the advice is a hint, never a reason to stop.
            var fields = line.Split(' ', 6, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length >= 5 && fields[0].Split('-') is [var from, var to]
                && ulong.TryParse(from, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var start)
                && ulong.TryParse(to, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var end))
            {
                mappings.Add((start, end, fields.Length == 5 && fields[4] == "0"));
            }
        }

        var at = mappings.FindIndex(m => m.Start <= address && address < m.End);
        if (at < 0 || !mappings[at].Anonymous)
        {
            return null;
        }

        var (first, last) = (at, at);
        while (first > 0 && mappings[first - 1].Anonymous && mappings[first - 1].End == mappings[first].Start)
        {
            first--;
        }

        while (last < mappings.Count - 1 && mappings[last + 1].Anonymous && mappings[last + 1].Start == mappings[last].End)
        {
            last++;
        }

        return (mappings[first].Start, mappings[last].End);
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int madvise(nint addr, nuint length, int advice);
}
