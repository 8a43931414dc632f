using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// Linux's copy_file_range: a byte range of one file appended to another inside the kernel (page cache to page cache,
/// or shared extents where the file system can), instead of read into user space and written back. At +1 document
/// the exports copy ~280 MB of unchanged facts from the published files this way.
/// </summary>
internal static partial class KernelCopy
{
    /// <summary>
    /// Appends up to <paramref name="count"/> bytes of <paramref name="source"/> from <paramref name="offset"/> at
    /// <paramref name="output"/>'s position (its buffer flushed first) and moves the position past them. Returns how
    /// many: fewer (0 where the call is not available: another OS, another file system; or where the range would land
    /// at another offset within a page) leaves the rest to the caller.
    /// </summary>
    public static long Append(SafeFileHandle source, long offset, long count, FileStream output)
    {
        if (!OperatingSystem.IsLinux() || count == 0)
        {
            return 0;
        }

        output.Flush();
        var start = output.Position;
        if ((offset - start) % Environment.SystemPageSize != 0)
        {
            // The kernel copies page by page: a range that lands at another place within the page writes each page of
            // the output in two parts, and a page part-written in a file whose pages left memory (a spare, written runs
            // ago) is read back from disk first. 100 MB, +1 run: facts.json's 190 MB shifted copy took 0.4 s of the
            // store step that way; the caller's buffered writes cover whole pages, which need no reading.
            return 0;
        }

        long from = offset, to = start, done = 0;
        while (done < count)
        {
            var copied = CopyFileRange((int)source.DangerousGetHandle(), ref from, (int)output.SafeFileHandle.DangerousGetHandle(), ref to, (nuint)(count - done), 0);
            if (copied <= 0)
            {
                break; // EXDEV, EOPNOTSUPP…, or the source shorter than it was checked to be: the caller takes over
            }

            done += copied;
        }

        output.Position = start + done;
        return done;
    }

    [LibraryImport("libc", EntryPoint = "copy_file_range", SetLastError = true)]
    private static partial nint CopyFileRange(int inputFd, ref long inputOffset, int outputFd, ref long outputOffset, nuint length, uint flags);
}
