using System.IO.MemoryMappedFiles;
using Microsoft.Win32.SafeHandles;

namespace BeltRoad.Stats.Storage;

/// <summary>
/// A published file read through a memory map: its bytes as one span, no copy into buffers; and byte ranges of it
/// appended to an output file by the kernel (<see cref="KernelCopy"/>) where it can, else through a buffer.
/// </summary>
internal sealed unsafe class MappedFile : IDisposable
{
    private readonly string _path;
    private readonly SafeFileHandle _handle;
    private readonly MemoryMappedFile _map;
    private readonly MemoryMappedViewAccessor _view;
    private readonly byte* _pointer;

    private MappedFile(string path, SafeFileHandle handle, MemoryMappedFile map, MemoryMappedViewAccessor view, int length)
    {
        _path = path;
        _handle = handle;
        _map = map;
        _view = view;
        Length = length;
        view.SafeMemoryMappedViewHandle.AcquirePointer(ref _pointer);
    }

    public int Length { get; }

    public ReadOnlySpan<byte> Bytes => new(_pointer + _view.PointerOffset, Length);

    /// <summary>The file for a walk from start to end (<see cref="Bytes"/> is for the few places read again).</summary>
    public FileWindow Window() => new(_handle, Length);

    /// <summary>The published file mapped, or null when it is missing, not its recorded size, empty or too big for one span.</summary>
    public static MappedFile? Open(PublishedExport published)
    {
        if (!published.Intact || published.Size is 0 or > int.MaxValue)
        {
            return null;
        }

        // One handle for the map and the copies: the bytes checked are the bytes copied, whatever replaces the path.
        var handle = File.OpenHandle(published.Path);
        MemoryMappedFile? map = null;
        try
        {
            if (RandomAccess.GetLength(handle) != published.Size)
            {
                handle.Dispose();
                return null;
            }

            map = MemoryMappedFile.CreateFromFile(handle, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
            return new MappedFile(published.Path, handle, map, map.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read), (int)published.Size);
        }
        catch
        {
            map?.Dispose();
            handle.Dispose();
            throw;
        }
    }

    /// <summary>Appends bytes [<paramref name="start"/>, <paramref name="end"/>) to <paramref name="output"/> after what it holds.</summary>
    public void CopyTo(Stream output, int start, int end)
    {
        var at = start + (output is FileStream file ? (int)KernelCopy.Append(_handle, start, end - start, file) : 0);
        if (end - at <= FileOutput.ExportBuffer)
        {
            output.Write(Bytes[at..end]);
        }
        else
        {
            // A long range through a buffer, not written from the map: each mapped page would join this process's memory.
            FileOutput.CopyThroughBuffer(_handle, _path, at, end, output);
        }
    }

    public void Dispose()
    {
        _view.SafeMemoryMappedViewHandle.ReleasePointer();
        _view.Dispose();
        _map.Dispose();
        _handle.Dispose();
    }
}
