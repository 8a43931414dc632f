using System.Buffers.Binary;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace BeltRoad.Stats.Extraction.Loading;

/// <summary>
/// The Linux calls the input listing needs and .NET does not expose: paths as bytes (a name that is not UTF-8 must
/// still open), file kind with device and inode (statx, whose layout is the same on every architecture), and an open
/// that cannot block on a FIFO. Paths are NUL-terminated byte arrays.
/// </summary>
internal static class UnixFiles
{
    public const int PathMax = 4096;
    public const int NoSuchFile = 2;
    public const int NameTooLong = 36;
    public const int TooManyLinks = 40;

    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const int AtEmptyPath = 0x1000;
    private const uint StatxBasicStats = 0x7ff;
    private const int ReadOnlyNonBlockingCloseOnExec = 0x800 | 0x80000;
    private const int DirentNameOffset = 19; // d_ino, d_off (8 bytes each), d_reclen (2), d_type (1): glibc on 64-bit Linux

    public static bool IsSupported => OperatingSystem.IsLinux();

    /// <summary>The status of <paramref name="path"/>, of the link itself when <paramref name="followLinks"/> is false; or the errno.</summary>
    public static (FileStatus Status, int Errno) Stat(byte[] path, bool followLinks)
    {
        var buffer = new byte[256];
        return statx(AtFdCwd, path, followLinks ? 0 : AtSymlinkNoFollow, StatxBasicStats, buffer) == 0
            ? (Parse(buffer), 0)
            : (default, Marshal.GetLastPInvokeError());
    }

    /// <summary>The names in a directory (without . and ..), as bytes; or the errno.</summary>
    public static (List<byte[]> Names, int Errno) ReadDirectory(byte[] path)
    {
        var dir = opendir(path);
        if (dir == IntPtr.Zero)
        {
            return ([], Marshal.GetLastPInvokeError());
        }

        var names = new List<byte[]>();
        try
        {
            for (var entry = readdir(dir); entry != IntPtr.Zero; entry = readdir(dir))
            {
                var name = ReadName(entry + DirentNameOffset);
                if (name is not ([(byte)'.'] or [(byte)'.', (byte)'.']))
                {
                    names.Add(name);
                }
            }
        }
        finally
        {
            _ = closedir(dir);
        }

        return (names, 0);
    }

    /// <summary>The canonical path (every link resolved), or null when it cannot be resolved.</summary>
    public static byte[]? RealPath(byte[] path)
    {
        var resolved = realpath(path, IntPtr.Zero);
        if (resolved == IntPtr.Zero)
        {
            return null;
        }

        try
        {
            return ReadName(resolved);
        }
        finally
        {
            free(resolved);
        }
    }

    /// <summary>Opens for reading without ever blocking (a FIFO opened this way returns at once) and stats what was opened.</summary>
    public static (SafeFileHandle? Handle, FileStatus Status, int Errno) OpenForReading(byte[] path)
    {
        var fd = open(path, ReadOnlyNonBlockingCloseOnExec);
        if (fd < 0)
        {
            return (null, default, Marshal.GetLastPInvokeError());
        }

        var handle = new SafeFileHandle(fd, ownsHandle: true);
        var buffer = new byte[256];
        if (statx(fd, [0], AtEmptyPath, StatxBasicStats, buffer) != 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            handle.Dispose();
            return (null, default, errno);
        }

        return (handle, Parse(buffer), 0);
    }

    public static string Describe(int errno) => Marshal.GetPInvokeErrorMessage(errno);

    // struct statx: stx_mode u16 at 28, stx_ino u64 at 32, stx_size u64 at 40, stx_ctime and stx_mtime (s64 seconds, u32
    // nanoseconds) at 96 and 112, stx_dev_major/minor u32 at 136/140.
    private static FileStatus Parse(byte[] b)
    {
        var mode = BinaryPrimitives.ReadUInt16LittleEndian(b.AsSpan(28));
        var device = ((ulong)BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan(136)) << 32) | BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan(140));
        var kind = (mode & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0xA000 => FileKind.SymbolicLink,
            0x1000 => FileKind.NamedPipe,
            0xC000 => FileKind.Socket,
            0x2000 or 0x6000 => FileKind.Device,
            _ => FileKind.Other,
        };
        return new FileStatus(
            kind, (long)BinaryPrimitives.ReadUInt64LittleEndian(b.AsSpan(40)), device, BinaryPrimitives.ReadUInt64LittleEndian(b.AsSpan(32)),
            Nanoseconds(b, 112), Nanoseconds(b, 96));
    }

    private static long Nanoseconds(byte[] b, int at) =>
        (BinaryPrimitives.ReadInt64LittleEndian(b.AsSpan(at)) * 1_000_000_000) + BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan(at + 8));

    private static byte[] ReadName(IntPtr at)
    {
        var length = 0;
        while (Marshal.ReadByte(at, length) != 0)
        {
            length++;
        }

        var name = new byte[length];
        Marshal.Copy(at, name, 0, length);
        return name;
    }

#pragma warning disable SYSLIB1054 // DllImport as in the publisher's native calls: byte[] paths marshal without generated code.
    [DllImport("libc", SetLastError = true)]
    private static extern int statx(int dirfd, byte[] pathname, int flags, uint mask, byte[] statxbuf);

    [DllImport("libc", SetLastError = true)]
    private static extern IntPtr opendir(byte[] name);

    [DllImport("libc", SetLastError = true)]
    private static extern IntPtr readdir(IntPtr dirp);

    [DllImport("libc", SetLastError = true)]
    private static extern int closedir(IntPtr dirp);

    [DllImport("libc", SetLastError = true)]
    private static extern IntPtr realpath(byte[] path, IntPtr resolved);

    [DllImport("libc")]
    private static extern void free(IntPtr pointer);

    [DllImport("libc", SetLastError = true)]
    private static extern int open(byte[] pathname, int flags);
#pragma warning restore SYSLIB1054
}
