using System.Runtime.InteropServices;

namespace BeltRoad.Stats.Pipeline.Publishing;

/// <summary>The two Linux calls .NET does not expose: swapping two directories in one step, and hard links.</summary>
internal static class NativeFileSystem
{
    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;

    /// <summary>Atomically swaps two existing directories. False where the kernel, file system or platform cannot.</summary>
    public static bool TryExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            if (renameat2(AtFdCwd, a, AtFdCwd, b, RenameExchange) == 0)
            {
                return true;
            }
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false; // glibc older than 2.28, or not glibc
        }

        var errno = Marshal.GetLastPInvokeError();
        // EINVAL: the file system does not support the flag; ENOSYS: the kernel does not know the call.
        return errno is 22 or 38 ? false : throw new IOException($"Could not swap '{a}' and '{b}' (errno {errno}).");
    }

    /// <summary>A second name for a file; false if the file system refuses (the caller copies instead).</summary>
    public static bool TryHardLink(string existing, string newPath)
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        try
        {
            return link(existing, newPath) == 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int renameat2(int olddirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldpath, int newdirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string newpath, uint flags);

    [DllImport("libc", SetLastError = true)]
    private static extern int link([MarshalAs(UnmanagedType.LPUTF8Str)] string oldpath, [MarshalAs(UnmanagedType.LPUTF8Str)] string newpath);
}
