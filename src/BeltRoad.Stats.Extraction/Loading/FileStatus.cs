namespace BeltRoad.Stats.Extraction.Loading;

/// <summary>One stat of a path: its kind, size, and identity (device and inode), which is how a folder reached twice is recognised.</summary>
internal readonly record struct FileStatus(FileKind Kind, long Size, ulong Device, ulong Inode)
{
    public (ulong Device, ulong Inode) Identity => (Device, Inode);
}
