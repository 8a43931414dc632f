using System.Runtime.InteropServices;

namespace BeltRoad.Stats.Pipeline;

/// <summary>
/// Gives the C allocator's free pages back to the system once facts.sqlite is written: SQLite frees its page caches and
/// index sorts into glibc's arenas, which keep them resident for the rest of the run beside the table (≈ 80 MB at 1 GB
/// of input: docs/scale.md, "Cost model"). Linux with glibc only; elsewhere nothing.
/// </summary>
internal static class NativeHeap
{
    public static void Trim()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            _ = malloc_trim(0);
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            // not glibc: its memory stays with the allocator
        }
    }

    [DllImport("libc")]
    private static extern int malloc_trim(nuint pad);
}
