namespace BeltRoad.Stats.Extraction.Loading;

/// <summary>
/// One document the listing accepted: its name relative to the input folder ('/' between folders, otherwise exactly
/// as the file system gives it, undecodable bytes shown as \xNN), its path as bytes (what opens it), and its size when listed.
/// </summary>
public sealed record InputEntry(string Name, byte[] Path, long Length)
{
    /// <summary>The listing's stat of the file (null when made by hand), so an unchanged file need not be hashed again.</summary>
    public InputStamp? Stamp { get; init; }
}
