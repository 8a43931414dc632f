namespace BeltRoad.Stats.Extraction.Loading;

/// <summary>
/// One stat of a path: its kind, size, and identity (device and inode), which is how a folder reached twice is
/// recognised, with its last-write and status-change times (how an unchanged file is recognised).
/// </summary>
internal readonly record struct FileStatus(FileKind Kind, long Size, ulong Device, ulong Inode, long ModifiedNanoseconds = 0, long ChangedNanoseconds = 0)
{
    public (ulong Device, ulong Inode) Identity => (Device, Inode);

    public InputStamp Stamp => new(Device, Inode, ModifiedNanoseconds, ChangedNanoseconds);
}
