using System.IO.MemoryMappedFiles;

namespace BeltRoad.Stats.Storage;

/// <summary>A published file read through a memory map: its bytes as one span, no copy into buffers.</summary>
internal sealed unsafe class MappedFile : IDisposable
{
    private readonly MemoryMappedFile _map;
    private readonly MemoryMappedViewAccessor _view;
    private readonly byte* _pointer;

    private MappedFile(MemoryMappedFile map, MemoryMappedViewAccessor view, int length)
    {
        _map = map;
        _view = view;
        Length = length;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref _pointer);
    }

    public int Length { get; }

    public ReadOnlySpan<byte> Bytes => new(_pointer + _view.PointerOffset, Length);

    /// <summary>The published file mapped, or null when it is missing, not its recorded size, empty or too big for one span.</summary>
    public static MappedFile? Open(PublishedExport published)
    {
        if (!published.Intact || published.Size is 0 or > int.MaxValue)
        {
            return null;
        }

        var map = MemoryMappedFile.CreateFromFile(published.Path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
        try
        {
            return new MappedFile(map, map.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read), (int)published.Size);
        }
        catch
        {
            map.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        _view.SafeMemoryMappedViewHandle.ReleasePointer();
        _view.Dispose();
        _map.Dispose();
    }
}
