namespace BeltRoad.Stats.Extraction.Loading;

/// <summary>
/// What the listing's stat says about a file besides its size: its identity (device and inode; 0 where the platform
/// does not say) and its last-write and status-change times in nanoseconds since 1970 (UTC). Equal stamps and sizes mean the file was
/// not written since, so a hash taken then still holds.
/// </summary>
public readonly record struct InputStamp(ulong Device, ulong Inode, long ModifiedNanoseconds, long ChangedNanoseconds);
