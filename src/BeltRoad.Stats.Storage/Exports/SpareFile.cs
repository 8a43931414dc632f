using System.Runtime.InteropServices;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// An export written over an old file of the same kind (an expired history set's, kept aside by the publisher) instead
/// of into a new one, as databases recycle their log segments. On this VM a new file's pages cost the kernel ten times
/// what overwriting cached ones does (100 MB corpus, facts.sqlite's 183 MB: 0.5 s of system time against 0.03 s), and
/// a +1 document run writes ~470 MB of exports. Only a file with no other name and open nowhere is taken: one
/// hard-linked into a kept set (where symbolic links are refused) would be changed under that set, and a reader that
/// opened the set before it expired would see its bytes change (a deleted file keeps them for it).
/// </summary>
internal static partial class SpareFile
{
    private const int AtWorkingDirectory = -100;
    private const int NoFollow = 0x100;
    private const uint TypeAndLinks = 0x1 | 0x4; // STATX_TYPE | STATX_NLINK
    private const int RegularFile = 0x8000;
    private const int SetLease = 1024; // F_SETLEASE
    private const int WriteLease = 1; // F_WRLCK: granted only when no other descriptor has the file open
    private const int NoLease = 2; // F_UNLCK

    /// <summary>
    /// Moves <paramref name="spare"/> (when there is one) to <paramref name="path"/>, which does not exist yet, and
    /// says whether it is there to be written over: false, and nothing at <paramref name="path"/>, when there was no
    /// spare, it is not a plain file of one name, or it could not be moved.
    /// </summary>
    public static bool TryTake(string? spare, string path)
    {
        if (spare is null || !OperatingSystem.IsLinux() || !File.Exists(spare) || File.Exists(path))
        {
            return false;
        }

        try
        {
            File.Move(spare, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // taken by another run at the same moment, or gone: a new file instead
        }

        // Checked where it now is, a folder only this run writes in: no name can be added, nor the file opened, after the check.
        if (IsSoleName(path) && IsOpenNowhereElse(path))
        {
            return true;
        }

        File.Delete(path); // this name only: the file's other names keep their bytes
        return false;
    }

    /// <summary>Opens <paramref name="path"/> for writing from its start, over the spare taken there (<see cref="Finish"/> cuts what is left of it).</summary>
    public static FileStream OpenTaken(string path, int bufferSize) =>
        new(path, FileMode.Open, FileAccess.Write, FileShare.None, bufferSize);

    /// <summary>Ends a file written from its start at its position: the spare's bytes past it are cut off.</summary>
    public static void Finish(FileStream file) => file.SetLength(file.Position);

    private static unsafe bool IsSoleName(string path)
    {
        // struct statx: stx_nlink at byte 16, stx_mode at 28; 256 bytes on every architecture.
        var buffer = stackalloc byte[256];
        if (Statx(AtWorkingDirectory, path, NoFollow, TypeAndLinks, buffer) != 0)
        {
            return false;
        }

        return *(uint*)(buffer + 16) == 1 && (*(ushort*)(buffer + 28) & 0xF000) == RegularFile;
    }

    /// <summary>Whether a write lease can be had on the file: refused while any other descriptor (a reader's, a map's) has it open.</summary>
    private static bool IsOpenNowhereElse(string path)
    {
        using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Write);
        var fd = (int)file.DangerousGetHandle();
        if (Fcntl(fd, SetLease, WriteLease) != 0)
        {
            return false; // EAGAIN: open elsewhere; EINVAL, EACCES: no leases here, so no way to tell
        }

        Fcntl(fd, SetLease, NoLease);
        return true;
    }

    [LibraryImport("libc", EntryPoint = "fcntl", SetLastError = true)]
    private static partial int Fcntl(int fd, int command, int argument);

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial int Statx(int directory, string path, int flags, uint mask, byte* buffer);
}
