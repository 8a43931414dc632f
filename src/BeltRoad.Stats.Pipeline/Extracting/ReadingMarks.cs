using System.Collections.Concurrent;
using System.Text;
using BeltRoad.Stats.Pipeline.Publishing;
using Microsoft.Win32.SafeHandles;

namespace BeltRoad.Stats.Pipeline.Extracting;

/// <summary>
/// The documents being read right now, written down before each is read (<c>.&lt;output&gt;.reading</c> beside the
/// output lock, one fixed-size slot per reading, written in place): if something still takes the process down while a
/// document is read (a library's own crash, the kernel's out-of-memory killer), the next run on the folder finds the
/// file, names the documents in its warning and in the dead run's row (<see cref="Left"/>). Deleted when the extraction
/// ends, however it ends; so a file found at the start means a process died.
/// </summary>
internal sealed class ReadingMarks : IDisposable
{
    private const int SlotBytes = 1024;

    private readonly string _path;
    private readonly SafeFileHandle _file;
    private readonly ConcurrentBag<int> _free = [];
    private int _slots;

    private ReadingMarks(string path)
    {
        _path = path;
        _file = File.OpenHandle(path, FileMode.Create, FileAccess.Write);
    }

    public static string PathFor(string outputDirectory)
    {
        var paths = PublishPaths.For(outputDirectory);
        return Path.Combine(paths.Parent, $".{paths.Name}.reading");
    }

    public static ReadingMarks Begin(string outputDirectory) => new(PathFor(outputDirectory));

    /// <summary>The documents a run that died was reading, oldest slot first; empty when none died (and the file is removed either way).</summary>
    public static IReadOnlyList<string> Left(string outputDirectory)
    {
        var path = PathFor(outputDirectory);
        try
        {
            if (!File.Exists(path))
            {
                return [];
            }

            var bytes = File.ReadAllBytes(path);
            File.Delete(path);
            return [.. bytes.Chunk(SlotBytes).Select(slot => Encoding.UTF8.GetString(slot).TrimEnd('\0', ' ', '\n')).Where(name => name.Length > 0)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <summary>Marks <paramref name="name"/> as being read until the returned handle is disposed.</summary>
    public IDisposable Reading(string name)
    {
        var slot = _free.TryTake(out var free) ? free : Interlocked.Increment(ref _slots) - 1;
        var mark = new byte[SlotBytes];
        var bytes = Encoding.UTF8.GetBytes(name);
        bytes.AsSpan(0, Math.Min(bytes.Length, SlotBytes - 1)).CopyTo(mark);
        mark[SlotBytes - 1] = (byte)'\n';
        Write(slot, mark);
        return new Release(this, slot);
    }

    private void Write(int slot, byte[] mark)
    {
        try
        {
            RandomAccess.Write(_file, mark, (long)slot * SlotBytes);
        }
        catch (IOException)
        {
            // A mark is a help for a post-mortem, never a reason to stop reading.
        }
    }

    public void Dispose()
    {
        _file.Dispose();
        try
        {
            File.Delete(_path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The next run reads it as left by a run that died; a false alarm costs a warning.
        }
    }

    private sealed class Release(ReadingMarks marks, int slot) : IDisposable
    {
        public void Dispose()
        {
            marks.Write(slot, new byte[SlotBytes]);
            marks._free.Add(slot);
        }
    }
}
