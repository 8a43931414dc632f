namespace BeltRoad.Stats.Extraction.Loading;

/// <summary>What a directory entry is, as the file system says (never guessed from the name).</summary>
internal enum FileKind
{
    Regular,
    Directory,
    SymbolicLink,
    NamedPipe,
    Socket,
    Device,
    Other,
}
