using BeltRoad.Stats.Extraction.Loading;
using BeltRoad.Stats.Storage;

namespace BeltRoad.Stats.Pipeline.Extracting;

/// <summary>
/// A published text as a run left it: what it holds and its stat then (device, inode, last-write time; the size is the
/// digest's). A later run whose stat of the file says the same trusts that it still holds the digest without reading it,
/// as the fingerprint trusts its input stat cache. The status-change time is left out, unlike the inputs': every run's
/// hard link to the file changes it. An edit in place changes the last-write time and a replaced file has another
/// inode, so either is read and checked; only an edit that also sets the old last-write time back goes unseen.
/// </summary>
internal sealed record StampedText(TextDigest Digest, ulong Device, ulong Inode, long ModifiedNanoseconds)
{
    public static StampedText Of(TextDigest digest, (long Size, InputStamp Stamp) stat) =>
        new(digest, stat.Stamp.Device, stat.Stamp.Inode, stat.Stamp.ModifiedNanoseconds);

    /// <summary>True when a file of this stat is this text, and <paramref name="digest"/> is what the cache wants.</summary>
    public bool Holds(TextDigest digest, (long Size, InputStamp Stamp) stat) =>
        digest == Digest && stat.Size == Digest.Bytes && Of(Digest, stat) == this;
}
